import { CustomerOrderListSkeleton } from "@/components/orders/customer-order-list";
import { Skeleton } from "@/components/ui/card";

export default function Loading() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <Skeleton className="h-8 w-48" />
      <CustomerOrderListSkeleton />
    </div>
  );
}
