import { useTranslations } from "next-intl";
import { METHODS, type Figure, type Method } from "@/lib/queries/analytics";
import { AnalyticsCard, NoSales } from "./analytics-card";
import { BarList } from "./bar-list";

export function MethodsCard({ data, exportQuery }: { data: Record<Method, Figure>; exportQuery: string }) {
  const t = useTranslations("analytics");
  const total = METHODS.reduce((s, m) => s + data[m].amountPaise, 0);
  const count = METHODS.reduce((s, m) => s + data[m].count, 0);
  return (
    <AnalyticsCard id="methods" exportQuery={exportQuery}>
      {count === 0 ? (
        <NoSales />
      ) : (
        <BarList
          totalPaise={total}
          rows={METHODS.map((m) => ({
            key: m,
            label: t(`methods.${m}`),
            amountPaise: data[m].amountPaise,
            sub: t("salesCount", { count: data[m].count }),
          }))}
        />
      )}
    </AnalyticsCard>
  );
}
