// The month's GST at a glance, with the accountant's downloads: GSTR-1 (CSV and JSON) and the
// sales register. Outside the bento grid: it is about a calendar month, not the picked period.
import { getLocale, getTranslations } from "next-intl/server";
import { formatPaise } from "@/lib/money";
import type { TaxSummary } from "@/lib/queries/tax-summary";

export async function TaxSummaryCard({ s, months }: { s: TaxSummary; months: string[] }) {
  const [t, locale] = await Promise.all([getTranslations("gst.summary"), getLocale()]);
  const money = (p: number) => formatPaise(p, locale);
  const tax = s.cgstPaise + s.sgstPaise + s.igstPaise;
  const link = "rounded-md px-2 py-1 text-xs font-medium text-brand-700 ring-1 ring-stone-300 hover:bg-stone-100";
  return (
    <section
      aria-labelledby="card-tax-title"
      data-testid="card-tax"
      className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
    >
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="card-tax-title" className="font-semibold text-stone-800">
          {t("title", { month: s.month })}
        </h2>
        <nav className="flex flex-wrap gap-2" aria-label={t("otherMonths")}>
          {months.map((m) => (
            <a key={m} href={`?taxMonth=${m}`} className={link} aria-current={m === s.month ? "true" : undefined}>
              {m}
            </a>
          ))}
        </nav>
      </header>
      {s.gstStatus !== "REGULAR" ? <p className="text-sm text-stone-600">{t(`status.${s.gstStatus}`)}</p> : null}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ["taxable", s.taxablePaise],
          ["cgst", s.cgstPaise],
          ["sgst", s.sgstPaise],
          ["igst", s.igstPaise],
        ].map(([k, v]) => (
          <div key={k as string}>
            <dt className="text-xs text-stone-600">{t(k as string)}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`tax-${k}`}>
              {money(v as number)}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-stone-700">
        {t("counts", { tax: money(tax), bills: s.bills, cancelled: s.cancelled, notes: s.creditNotes })}
      </p>
      <div className="flex flex-wrap gap-2">
        <a href={`/merchant/reports/gstr1?month=${s.month}`} download className={link}>
          {t("gstr1Csv")}
        </a>
        <a href={`/api/v1/reports/gstr1?month=${s.month}`} className={link}>
          {t("gstr1Json")}
        </a>
        <a href={`/merchant/reports/sales-register?month=${s.month}`} download className={link}>
          {t("register")}
        </a>
      </div>
    </section>
  );
}
