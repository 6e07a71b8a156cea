import { useLocale, useTranslations } from "next-intl";
import type { Growth } from "@/lib/queries/analytics";
import { formatPaise } from "@/lib/money";
import { AnalyticsCard } from "./analytics-card";
import { ChangeBadge } from "./change-badge";
import { formatCount, formatDay } from "./format";

/** This period against the one just before it, of the same number of days. */
export function GrowthCard({ data, days, exportQuery }: { data: Growth; days: number; exportQuery: string }) {
  const t = useTranslations("analytics.growth");
  const locale = useLocale();
  const rows = [
    {
      key: "revenue",
      label: t("revenue"),
      now: formatPaise(data.current.revenuePaise, locale),
      before: formatPaise(data.previous.revenuePaise, locale),
      pct: data.revenueChangePct,
    },
    {
      key: "count",
      label: t("count"),
      now: formatCount(data.current.count, locale),
      before: formatCount(data.previous.count, locale),
      pct: data.countChangePct,
    },
    {
      key: "average",
      label: t("average"),
      now: formatPaise(data.current.averagePaise, locale),
      before: formatPaise(data.previous.averagePaise, locale),
      pct: data.averageChangePct,
    },
  ];
  return (
    <AnalyticsCard id="growth" exportQuery={exportQuery}>
      <p className="text-sm text-stone-600">
        {t("against", {
          days,
          from: formatDay(data.previous.fromDate, locale),
          to: formatDay(data.previous.toDate, locale, true),
        })}
      </p>
      <dl className="grid gap-3 sm:grid-cols-3">
        {rows.map((r) => (
          <div key={r.key} className="rounded-lg bg-stone-50 p-3">
            <dt className="text-sm text-stone-600">{r.label}</dt>
            <dd className="mt-1 flex flex-col gap-1">
              <span className="text-xl font-semibold tabular-nums" data-testid={`growth-${r.key}`}>
                {r.now}
              </span>
              <ChangeBadge pct={r.pct} />
              <span className="text-xs text-stone-600">{t("before", { value: r.before })}</span>
            </dd>
          </div>
        ))}
      </dl>
    </AnalyticsCard>
  );
}
