// Spending per week or month, paid and credit stacked (recharts through <LazyChart>). Tapping a
// bar picks that period for the shop breakdown below (a URL change, so the server computes it
// and back works); the period chips under the chart do the same from a keyboard.
import { useLocale, useTranslations } from "next-intl";
import type { ChartSpec } from "@/components/charts/chart-spec";
import { LazyChart } from "@/components/charts/lazy-chart";

export type ChartBucket = { start: string; label: string; paidPaise: number; creditPaise: number };

export function ExpenseChart({
  buckets,
  selected,
  hrefFor,
  caption,
}: {
  buckets: ChartBucket[];
  selected: string;
  hrefFor: Record<string, string>;
  caption: string;
}) {
  const t = useTranslations("expenses");
  const spec: ChartSpec = {
    kind: "bar",
    stacked: true,
    legend: true,
    testId: "expense-chart",
    locale: useLocale() === "hi" ? "hi" : "en",
    format: "paise",
    caption,
    xTitle: t("periodColumn"),
    series: [
      { key: "paid", label: t("paid"), color: "#178044" },
      { key: "credit", label: t("credit"), color: "#d97706" },
    ],
    rows: buckets.map((b) => ({
      key: b.start,
      tick: b.label,
      title: b.label,
      values: { paid: b.paidPaise, credit: b.creditPaise },
      href: hrefFor[b.start],
      dim: b.start !== selected,
    })),
  };
  return (
    <>
      <LazyChart spec={spec} />
      <p className="sr-only">
        {t("chartSelected", { period: buckets.find((b) => b.start === selected)?.label ?? "" })}
      </p>
    </>
  );
}
