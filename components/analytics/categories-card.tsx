import { useTranslations } from "next-intl";
import type { CategoryBreakdown } from "@/lib/queries/analytics";
import { AnalyticsCard, NoSales } from "./analytics-card";
import { BarList, type BarRow } from "./bar-list";

/** Categories come from the bill lines; amounts rung up without items are shown as their own row. */
export function CategoriesCard({ data, exportQuery }: { data: CategoryBreakdown; exportQuery: string }) {
  const t = useTranslations("analytics");
  const rows: BarRow[] = data.rows.map((r) => ({
    key: `c:${r.category}`,
    label: r.category,
    amountPaise: r.amountPaise,
    sub: t("categories.units", { count: r.units }),
  }));
  if (data.unitemizedPaise !== 0)
    rows.push({ key: "unitemized", label: t("categories.unitemized"), amountPaise: data.unitemizedPaise });
  return (
    <AnalyticsCard id="categories" exportQuery={exportQuery}>
      {data.totalPaise === 0 && rows.length === 0 ? <NoSales /> : <BarList rows={rows} totalPaise={data.totalPaise} />}
    </AnalyticsCard>
  );
}
