import { Skeleton } from "@/components/ui/card";

export function SettingsSkeleton() {
  return (
    <div className="grid gap-6 xl:grid-cols-2" aria-busy="true">
      <div className="flex flex-col gap-6">
        <Skeleton className="h-72" />
        <Skeleton className="h-80" />
      </div>
      <Skeleton className="h-[36rem]" />
    </div>
  );
}
