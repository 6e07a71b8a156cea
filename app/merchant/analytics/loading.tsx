import { CardSkeleton } from "@/components/analytics/analytics-card";
import { BentoCell, BentoGrid, CELLS } from "@/components/analytics/bento";
import { Skeleton } from "@/components/ui/card";

// First paint of the analytics route, before the page knows its period: the page's own
// header row and grid (the title is the layout's), each card's skeleton in its cell, so
// nothing moves when the page arrives.
export default function Loading() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <Skeleton className="h-5 w-56" />
        </div>
        <div className="flex flex-col items-start gap-2 sm:items-end">
          <Skeleton className="h-10 w-80 max-w-full" />
          <div className="min-h-5" />
        </div>
      </div>
      <BentoGrid>
        {CELLS.map((cell) => (
          <BentoCell key={cell.id} cell={cell}>
            <CardSkeleton id={cell.id} tall={cell.tall} />
          </BentoCell>
        ))}
      </BentoGrid>
    </div>
  );
}
