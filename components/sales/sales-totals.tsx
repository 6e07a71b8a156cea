import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatPaise } from "@/lib/money";
import type { SalesTotals as Totals } from "@/lib/queries/sales-history";
import { SALES_METHODS, type SalesType } from "@/lib/queries/sales";

/** Totals for the whole filter (every page), computed in SQL: count, net after voids, by method. */
export async function SalesTotals({ totals, type }: { totals: Totals; type?: SalesType }) {
  const [t, tm, locale] = await Promise.all([
    getTranslations("sales.totals"),
    getTranslations("sales.method"),
    getLocale(),
  ]);
  const money = (p: number) => formatPaise(p, locale);
  const payments = type === "PAYMENT";
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <Card>
        <p className="text-sm text-stone-600">{payments ? t("payments") : t("net")}</p>
        <p data-testid="sales-net" className="mt-1 text-2xl font-semibold tabular-nums">
          {money(payments ? totals.paymentsPaise : totals.netPaise)}
        </p>
        <p data-testid="sales-count" className="mt-1 text-sm text-stone-600">
          {t("count", { count: totals.count })}
        </p>
        {!payments && totals.voidedPaise > 0 ? (
          <p data-testid="sales-voided" className="text-sm text-stone-600">
            {t("voided", { amount: money(totals.voidedPaise) })}
          </p>
        ) : null}
      </Card>
      {payments ? null : (
        <Card className="lg:col-span-2">
          <p className="text-sm text-stone-600">{t("byMethod")}</p>
          <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
            {SALES_METHODS.map((m) => (
              <div key={m} data-testid={`by-method-${m}`}>
                <dt className="text-xs text-stone-600">{tm(m)}</dt>
                <dd className="font-semibold tabular-nums">{money(totals.byMethod[m])}</dd>
              </div>
            ))}
          </dl>
        </Card>
      )}
    </div>
  );
}
