import { useLocale, useTranslations } from "next-intl";
import type { ChartSpec } from "@/components/charts/chart-spec";
import { LazyChart } from "@/components/charts/lazy-chart";
import type { TrendPoint } from "@/lib/queries/analytics";
import { formatPaise } from "@/lib/money";
import { AnalyticsCard, NoSales } from "./analytics-card";
import { formatCount, formatDay } from "./format";

/** Revenue per day as an area chart (recharts, loaded when it nears the screen). */
export function TrendCard({ points, exportQuery }: { points: TrendPoint[]; exportQuery: string }) {
  const t = useTranslations("analytics.trend");
  const locale = useLocale() === "hi" ? "hi" : "en";
  const total = points.reduce((s, p) => s + p.revenuePaise, 0);
  const first = points[0]?.date ?? "";
  const last = points[points.length - 1]?.date ?? "";
  const spec: ChartSpec = {
    kind: "area",
    testId: "trend",
    locale,
    format: "paise",
    caption: t("chartLabel", { from: formatDay(first, locale, true), to: formatDay(last, locale, true) }),
    xTitle: t("date"),
    noteLabel: t("sales"),
    series: [{ key: "revenue", label: t("revenue"), color: "#178044" }],
    // Dots on short periods: a single day (today) would otherwise draw nothing visible.
    dots: points.length <= 14,
    rows: points.map((p) => ({
      key: p.date,
      tick: formatDay(p.date, locale),
      title: formatDay(p.date, locale, true),
      values: { revenue: p.revenuePaise },
      note: `${formatCount(p.count, locale)} ${t("sales")}`,
    })),
  };
  return (
    <AnalyticsCard id="trend" exportQuery={exportQuery}>
      {total === 0 && points.every((p) => p.count === 0) ? (
        <NoSales />
      ) : (
        <>
          <p className="text-sm text-stone-600">
            {t("total")}:{" "}
            <span className="text-lg font-semibold tabular-nums text-stone-900">{formatPaise(total, locale)}</span>
          </p>
          <LazyChart spec={spec} />
        </>
      )}
    </AnalyticsCard>
  );
}
