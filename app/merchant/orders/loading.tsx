import { OrderListSkeleton } from "@/components/orders/merchant-order-list";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return (
    <ListPageSkeleton title="w-48" bar="h-11 w-96 max-w-full">
      <OrderListSkeleton />
    </ListPageSkeleton>
  );
}
