import { Skeleton } from "./card";

/** A role's home while it loads: its title and two blocks. */
export function PageSkeleton() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-40" />
      <Skeleton className="h-40" />
    </div>
  );
}

/** A list screen while it loads: its title, its filter bar, then the list's own skeleton. */
export function ListPageSkeleton({
  title = "w-64",
  bar = "h-20",
  children,
}: {
  title?: string;
  bar?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <Skeleton className={`h-8 ${title}`} />
      <Skeleton className={bar} />
      {children}
    </div>
  );
}

/** `count` placeholders of one shape (rows of a table, cards of a grid). */
export function SkeletonRows({ count, className }: { count: number; className: string }) {
  return Array.from({ length: count }, (_, i) => <Skeleton key={i} className={className} />);
}
