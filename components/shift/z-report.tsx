// The printable Z report of a closed shift: expected cash, counted, variance, and the day's totals.
import { getLocale, getTranslations } from "next-intl/server";
import type { ZReport } from "@/lib/domain/shifts";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";

type Props = {
  shopName: string;
  timeZone: string;
  openedAt: Date;
  closedAt: Date | null;
  expectedCashPaise: number | null;
  countedCashPaise: number | null;
  variancePaise: number | null;
  report: ZReport | null;
};

export async function ZReportView(p: Props) {
  const [t, locale] = await Promise.all([getTranslations("shift"), getLocale()]);
  const money = (n: number | null | undefined) => formatPaise(n ?? 0, locale);
  const r = p.report;
  const rows: [string, string][] = r
    ? [
        [t("z.opening"), money(r.openingCashPaise)],
        [t("z.cashSales"), money(r.salesByMethod.CASH)],
        [t("z.upiSales"), money(r.salesByMethod.UPI)],
        [t("z.cardSales"), money(r.salesByMethod.CARD)],
        [t("z.payLater"), money(r.salesByMethod.CREDIT)],
        [t("z.cashPayments"), money(r.cashPaymentsPaise)],
        [t("z.cashRefunds"), money(r.cashRefundsPaise)],
        [t("z.payIns"), money(r.payInsPaise)],
        [t("z.payOuts"), money(r.payOutsPaise)],
        [t("z.bills"), String(r.billsIssued)],
        [t("z.voids"), `${r.voids.count} · ${money(r.voids.amountPaise)}`],
        [t("z.returns"), `${r.returns.count} · ${money(r.returns.amountPaise)}`],
        [t("z.discounts"), money(r.discountsPaise)],
        [t("z.tax"), money(r.taxPaise)],
      ]
    : [];
  return (
    <section className="mx-auto max-w-sm rounded-xl bg-white p-4 font-mono text-sm ring-1 ring-stone-200 print:ring-0">
      <h2 className="text-center font-sans text-lg font-bold">{t("z.title")}</h2>
      <p className="text-center">{p.shopName}</p>
      <p className="text-center text-stone-600">
        {formatDate(p.openedAt, locale, p.timeZone, true)} →{" "}
        {p.closedAt ? formatDate(p.closedAt, locale, p.timeZone, true) : ""}
      </p>
      <dl className="mt-3 divide-y divide-dashed divide-stone-300">
        {rows.map(([k, v]) => (
          <div key={k} className="flex justify-between py-1">
            <dt>{k}</dt>
            <dd className="tabular-nums">{v}</dd>
          </div>
        ))}
        <div className="flex justify-between py-1 font-bold">
          <dt>{t("z.expected")}</dt>
          <dd className="tabular-nums" data-testid="z-expected">
            {money(p.expectedCashPaise)}
          </dd>
        </div>
        <div className="flex justify-between py-1">
          <dt>{t("z.counted")}</dt>
          <dd className="tabular-nums">{money(p.countedCashPaise)}</dd>
        </div>
        <div className="flex justify-between py-1 font-bold">
          <dt>{t("z.variance")}</dt>
          <dd className="tabular-nums" data-testid="z-variance">
            {money(p.variancePaise)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
