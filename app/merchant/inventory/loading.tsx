import { ProductTableSkeleton } from "@/components/inventory/product-table";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return (
    <ListPageSkeleton>
      <ProductTableSkeleton />
    </ListPageSkeleton>
  );
}
