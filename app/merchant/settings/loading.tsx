import { SettingsSkeleton } from "@/components/settings/settings-skeleton";
import { Skeleton } from "@/components/ui/card";

export default function Loading() {
  return (
    <div className="flex flex-col gap-6">
      <Skeleton className="h-8 w-56" />
      <SettingsSkeleton />
    </div>
  );
}
