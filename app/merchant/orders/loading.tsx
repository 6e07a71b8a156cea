import { OrderListSkeleton } from "@/components/orders/merchant-order-list";
import { Skeleton } from "@/components/ui/card";

export default function Loading() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-11 w-96 max-w-full" />
      <OrderListSkeleton />
    </div>
  );
}
