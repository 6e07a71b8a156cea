import { ShopListSkeleton } from "@/components/shops/shop-list";
import { Skeleton } from "@/components/ui/card";

export default function Loading() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-20" />
      <ShopListSkeleton />
    </div>
  );
}
