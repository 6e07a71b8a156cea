import { getTranslations } from "next-intl/server";
import type { ReportFreshness } from "@/lib/queries/report-freshness";

/** "Data as of 10:42:05" when the screen was read from the replica; nothing without one. */
export async function DataAsOf({ freshness, timeZone }: { freshness: ReportFreshness; timeZone: string }) {
  if (!freshness) return null;
  const t = await getTranslations("analytics.dataAsOf");
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(freshness.asOf);
  return (
    <p className="mt-1 text-xs text-stone-500" data-testid="data-as-of" data-source={freshness.source}>
      {freshness.source === "replica" ? t("replica", { time, seconds: freshness.maxLagSeconds }) : t("primaryFallback")}
    </p>
  );
}
