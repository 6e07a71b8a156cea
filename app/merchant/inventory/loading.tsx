import { ProductTableSkeleton } from "@/components/inventory/product-table";
import { Skeleton } from "@/components/ui/card";

export default function Loading() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-20" />
      <ProductTableSkeleton />
    </div>
  );
}
