import { Skeleton } from "@/components/ui/card";

// First paint of the analytics route, before the page knows its period: header and grid outlines.
export default function Loading() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <Skeleton className="h-16 w-72" />
        <Skeleton className="h-10 w-96" />
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4">
        <Skeleton className="h-40 md:col-span-2" />
        <Skeleton className="h-40 md:col-span-2" />
        <Skeleton className="h-80 md:col-span-2 xl:col-span-3" />
        <Skeleton className="h-80" />
      </div>
    </div>
  );
}
