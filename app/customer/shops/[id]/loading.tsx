import { ProductGridSkeleton } from "@/components/shops/product-grid";
import { Skeleton } from "@/components/ui/card";

export default function Loading() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <Skeleton className="h-5 w-32" />
      <Skeleton className="h-8 w-72" />
      <Skeleton className="h-12" />
      <ProductGridSkeleton />
    </div>
  );
}
