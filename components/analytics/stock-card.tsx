import Link from "next/link";
import { useTranslations } from "next-intl";
import type { StockAlerts } from "@/lib/queries/analytics";
import { AnalyticsCard } from "./analytics-card";

export function StockCard({ data }: { data: StockAlerts }) {
  const t = useTranslations("analytics.stock");
  return (
    <AnalyticsCard id="stock">
      <div className="grid grid-cols-2 gap-2">
        <Link
          href="/merchant/inventory?stock=out"
          aria-label={t("seeOut")}
          className="rounded-lg bg-red-50 p-3 hover:ring-2 hover:ring-red-200"
        >
          <p className="text-xs text-red-900">{t("out")}</p>
          <p className="text-2xl font-semibold tabular-nums text-red-900" data-testid="stock-out">
            {data.outCount}
          </p>
        </Link>
        <Link
          href="/merchant/inventory?stock=low"
          aria-label={t("seeLow")}
          className="rounded-lg bg-amber-50 p-3 hover:ring-2 hover:ring-amber-200"
        >
          <p className="text-xs text-amber-900">{t("low")}</p>
          <p className="text-2xl font-semibold tabular-nums text-amber-900" data-testid="stock-low">
            {data.lowCount}
          </p>
        </Link>
      </div>
      {data.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-4 text-center text-sm text-stone-600">
          {t("none")}
        </p>
      ) : (
        <ul className="flex flex-col text-sm">
          {data.items.map((p) => (
            <li
              key={p.productId}
              className="flex items-baseline justify-between gap-2 border-t border-stone-100 py-1.5"
            >
              <Link
                href={`/merchant/inventory/${p.productId}`}
                className="min-w-0 truncate font-medium text-stone-800 hover:underline"
              >
                {p.name}
              </Link>
              <span className={`shrink-0 text-xs ${p.state === "out" ? "text-red-700" : "text-amber-800"}`}>
                {p.state === "out" ? t("out") : t("left", { stock: p.stock, threshold: p.lowStockThreshold })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Link href="/merchant/inventory?stock=low" className="text-sm font-medium text-brand-700 hover:underline">
        {t("seeLow")}
      </Link>
    </AnalyticsCard>
  );
}
