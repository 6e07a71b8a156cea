import { CustomerListSkeleton } from "@/components/customers/customer-list";
import { Skeleton } from "@/components/ui/card";

export default function Loading() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-16" />
      <CustomerListSkeleton />
    </div>
  );
}
