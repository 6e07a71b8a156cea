import { CustomerListSkeleton } from "@/components/customers/customer-list";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return (
    <ListPageSkeleton bar="h-16">
      <CustomerListSkeleton />
    </ListPageSkeleton>
  );
}
