import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import type { ExpenseBucket } from "@/lib/queries/customer-expenses";
import { formatPaise } from "@/lib/money";

/** This week and this month, whatever the chart shows. */
export async function ExpenseGlance({ week, month }: { week: ExpenseBucket; month: ExpenseBucket }) {
  const [t, locale] = await Promise.all([getTranslations("expenses"), getLocale()]);
  const money = (p: number) => formatPaise(p, locale);
  const card = (label: string, b: ExpenseBucket, testId: string) => (
    <Card>
      <p className="text-sm text-stone-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {money(b.totalPaise)}
      </p>
      <p className="mt-1 text-xs text-stone-600">
        <span className="text-brand-700">{t("paidAmount", { amount: money(b.paidPaise) })}</span> ·{" "}
        <span className="text-amber-700">{t("creditAmount", { amount: money(b.creditPaise) })}</span>
      </p>
    </Card>
  );
  return (
    <div className="grid grid-cols-2 gap-3">
      {card(t("thisWeek"), week, "spent-this-week")}
      {card(t("thisMonth"), month, "spent-this-month")}
    </div>
  );
}

/** Week / month switch, as links (the server computes each view). */
export async function PeriodTabs({ period }: { period: "week" | "month" }) {
  const t = await getTranslations("expenses");
  const tab = (p: "week" | "month", label: string) => (
    <Link
      href={`/customer/expenses?period=${p}`}
      aria-current={period === p ? "page" : undefined}
      className={`flex-1 rounded-lg px-3 py-2 text-center text-sm font-medium ring-1 ${period === p ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-stone-700 ring-stone-300"}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={t("periodNav")} className="flex gap-2">
      {tab("week", t("byWeek"))}
      {tab("month", t("byMonth"))}
    </nav>
  );
}

/** Every period as a chip (the chart's bars, for keyboards and screen readers). */
export async function BucketPicker({
  buckets,
  selected,
  hrefFor,
}: {
  buckets: { start: string; label: string }[];
  selected: string;
  hrefFor: Record<string, string>;
}) {
  const t = await getTranslations("expenses");
  return (
    <nav aria-label={t("pick")} className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
      {[...buckets].reverse().map((b) => (
        <Link
          key={b.start}
          href={hrefFor[b.start]!}
          scroll={false}
          aria-current={b.start === selected ? "true" : undefined}
          className={`shrink-0 rounded-full px-3 py-1 text-sm ring-1 ${b.start === selected ? "bg-stone-900 text-white ring-stone-900" : "bg-white text-stone-700 ring-stone-300"}`}
        >
          {b.label}
        </Link>
      ))}
    </nav>
  );
}

/** Where the money went in the chosen period, biggest shop first. */
export async function ShopBreakdown({ bucket, label }: { bucket: ExpenseBucket; label: string }) {
  const [t, locale] = await Promise.all([getTranslations("expenses"), getLocale()]);
  const money = (p: number) => formatPaise(p, locale);
  return (
    <section aria-labelledby="by-shop" className="flex flex-col gap-2">
      <h2 id="by-shop" className="text-lg font-semibold">
        {t("shopsTitle", { period: label })}
      </h2>
      {bucket.shops.length === 0 ? (
        <EmptyState title={t("noSpend")} />
      ) : (
        <ul className="flex flex-col gap-2" data-testid="shop-breakdown">
          {bucket.shops.map((s) => {
            const paidPct = bucket.totalPaise ? (s.paidPaise / bucket.totalPaise) * 100 : 0;
            const creditPct = bucket.totalPaise ? (s.creditPaise / bucket.totalPaise) * 100 : 0;
            return (
              <li key={s.merchantId} className="rounded-xl bg-white p-3 ring-1 ring-stone-200">
                <div className="flex items-baseline justify-between gap-2">
                  <span className="min-w-0 truncate font-medium">{s.shopName}</span>
                  <span className="font-semibold tabular-nums">{money(s.totalPaise)}</span>
                </div>
                <div className="mt-2 flex h-2 overflow-hidden rounded-full bg-stone-100" aria-hidden>
                  <div className="bg-brand-600" style={{ width: `${paidPct}%` }} />
                  <div className="bg-amber-500" style={{ width: `${creditPct}%` }} />
                </div>
                <p className="mt-1 text-xs text-stone-600">
                  {t("paidAmount", { amount: money(s.paidPaise) })} ·{" "}
                  {t("creditAmount", { amount: money(s.creditPaise) })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
