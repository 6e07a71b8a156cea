import { useLocale, useTranslations } from "next-intl";
import type { ProductRow, TopProducts } from "@/lib/queries/analytics";
import { formatPaise } from "@/lib/money";
import { AnalyticsCard } from "./analytics-card";

function Ranked({ title, rows, value }: { title: string; rows: ProductRow[]; value: (r: ProductRow) => string }) {
  return (
    <div>
      <h3 className="mb-1 text-sm font-medium text-stone-600">{title}</h3>
      <ol className="flex flex-col">
        {rows.map((r, i) => (
          <li
            key={`${r.productId ?? r.name}`}
            className="flex items-baseline justify-between gap-2 border-t border-stone-100 py-1.5 text-sm"
          >
            <span className="min-w-0 truncate">
              <span className="mr-2 tabular-nums text-stone-500">{i + 1}</span>
              {r.name}
            </span>
            <span className="shrink-0 font-semibold tabular-nums">{value(r)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ProductsCard({ data, exportQuery }: { data: TopProducts; exportQuery: string }) {
  const t = useTranslations("analytics");
  const locale = useLocale();
  return (
    <AnalyticsCard id="products" exportQuery={exportQuery}>
      {data.byRevenue.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-sm text-stone-600">
          {t("products.none")}
        </p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          <Ranked
            title={t("products.byRevenue")}
            rows={data.byRevenue}
            value={(r) => formatPaise(r.revenuePaise, locale)}
          />
          <Ranked
            title={t("products.byUnits")}
            rows={data.byUnits}
            value={(r) => t("categories.units", { count: r.units })}
          />
        </div>
      )}
    </AnalyticsCard>
  );
}
