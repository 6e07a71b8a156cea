import { Skeleton } from "@/components/ui/card";

// The counter's shape while its snapshot loads: display and keypad left, bill and buttons right.
export default function Loading() {
  return (
    <div className="flex flex-col gap-4 md:grid md:grid-cols-[minmax(0,1fr)_minmax(0,1.15fr)]" aria-busy="true" data-testid="pos-loading">
      <div className="flex flex-col gap-3">
        <Skeleton className="h-24" />
        <div className="grid grid-cols-4 gap-2">
          {Array.from({ length: 19 }, (_, i) => <Skeleton key={i} className="h-16" />)}
        </div>
      </div>
      <div className="flex flex-col gap-3">
        <Skeleton className="h-14" />
        <Skeleton className="h-40" />
        <Skeleton className="h-16" />
        <Skeleton className="h-14" />
        <Skeleton className="h-16" />
      </div>
    </div>
  );
}
