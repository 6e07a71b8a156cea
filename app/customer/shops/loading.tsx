import { ShopListSkeleton } from "@/components/shops/shop-list";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return (
    <ListPageSkeleton title="w-48">
      <ShopListSkeleton />
    </ListPageSkeleton>
  );
}
