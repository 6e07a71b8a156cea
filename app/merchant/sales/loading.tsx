import { SalesListSkeleton } from "@/components/sales/sales-list";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return (
    <ListPageSkeleton bar="h-32">
      <SalesListSkeleton />
    </ListPageSkeleton>
  );
}
