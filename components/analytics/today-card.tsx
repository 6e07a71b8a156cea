import { useLocale, useTranslations } from "next-intl";
import type { TodaySummary } from "@/lib/queries/analytics";
import { formatPaise } from "@/lib/money";
import { AnalyticsCard } from "./analytics-card";
import { ChangeBadge } from "./change-badge";
import { formatWeekday } from "./format";

/** Today so far, against the same weekday last week up to the same time (a fair race). */
export function TodayCard({ data }: { data: TodaySummary }) {
  const t = useTranslations("analytics.today");
  const locale = useLocale();
  const weekday = formatWeekday(data.lastWeek.date, locale);
  return (
    <AnalyticsCard id="today">
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <p className="text-sm text-stone-600">{t("sales")}</p>
          <p className="text-3xl font-semibold tabular-nums" data-testid="today-sales">
            {formatPaise(data.salesPaise, locale)}
          </p>
          <p className="text-sm text-stone-600">{t("count", { count: data.count })}</p>
        </div>
        <div>
          <p className="text-sm text-stone-600">{t("average")}</p>
          <p className="text-2xl font-semibold tabular-nums">{formatPaise(data.averagePaise, locale)}</p>
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <p className="text-stone-600">{t("soFar", { weekday })}</p>
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold tabular-nums">{formatPaise(data.lastWeek.soFarPaise, locale)}</span>
            <ChangeBadge pct={data.changePct} />
          </p>
          <p className="text-stone-600">
            {t("wholeDay", { weekday })}:{" "}
            <span className="font-medium tabular-nums text-stone-800">
              {formatPaise(data.lastWeek.salesPaise, locale)}
            </span>
          </p>
        </div>
      </div>
    </AnalyticsCard>
  );
}
