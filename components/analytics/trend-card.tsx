import { useLocale, useTranslations } from "next-intl";
import type { TrendPoint } from "@/lib/queries/analytics";
import { formatPaise } from "@/lib/money";
import { AnalyticsCard, NoSales } from "./analytics-card";
import { formatDay } from "./format";
import { TrendChart } from "./trend-chart";

export function TrendCard({ points, exportQuery }: { points: TrendPoint[]; exportQuery: string }) {
  const t = useTranslations("analytics.trend");
  const locale = useLocale();
  const total = points.reduce((s, p) => s + p.revenuePaise, 0);
  const first = points[0]?.date ?? "";
  const last = points[points.length - 1]?.date ?? "";
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
          <TrendChart
            points={points.map((p) => ({ date: p.date, revenuePaise: p.revenuePaise, count: p.count }))}
            locale={locale}
            label={t("chartLabel", { from: formatDay(first, locale, true), to: formatDay(last, locale, true) })}
            dateLabel={t("date")}
            revenueLabel={t("revenue")}
            salesLabel={t("sales")}
          />
        </>
      )}
    </AnalyticsCard>
  );
}
