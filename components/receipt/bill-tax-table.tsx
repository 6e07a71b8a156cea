"use client";
// The rate-wise tax summary of a tax invoice or credit note: taxable value and CGST + SGST
// (or IGST across states) per rate, then the totals.
import { useLocale, useTranslations } from "next-intl";
import type { BillDto } from "@/lib/domain/bill-issue";
import { formatPaise } from "@/lib/money";

export function BillTaxTable({ bill }: { bill: BillDto }) {
  const t = useTranslations("gst.bill");
  const locale = useLocale();
  const money = (p: number) => formatPaise(p, locale);
  const inter = bill.igstPaise > 0;
  return (
    <table className="w-full border-b border-dashed border-stone-400 text-right tabular-nums" data-testid="bill-tax">
      <thead>
        <tr className="text-stone-600">
          <th className="py-1 text-left font-normal">{t("rate")}</th>
          <th className="py-1 font-normal">{t("taxable")}</th>
          {inter ? (
            <th className="py-1 font-normal">{t("igst")}</th>
          ) : (
            <>
              <th className="py-1 font-normal">{t("cgst")}</th>
              <th className="py-1 font-normal">{t("sgst")}</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {bill.rates.map((r) => (
          <tr key={r.rateBp}>
            <td className="py-0.5 text-left">{r.rateBp / 100}%</td>
            <td className="py-0.5">{money(r.taxablePaise)}</td>
            {inter ? (
              <td className="py-0.5">{money(r.igstPaise)}</td>
            ) : (
              <>
                <td className="py-0.5">{money(r.cgstPaise)}</td>
                <td className="py-0.5">{money(r.sgstPaise)}</td>
              </>
            )}
          </tr>
        ))}
        <tr className="font-semibold">
          <td className="py-0.5 text-left">{t("totalTax")}</td>
          <td className="py-0.5" data-testid="bill-taxable">
            {money(bill.taxablePaise)}
          </td>
          {inter ? (
            <td className="py-0.5">{money(bill.igstPaise)}</td>
          ) : (
            <>
              <td className="py-0.5" data-testid="bill-cgst">
                {money(bill.cgstPaise)}
              </td>
              <td className="py-0.5" data-testid="bill-sgst">
                {money(bill.sgstPaise)}
              </td>
            </>
          )}
        </tr>
      </tbody>
    </table>
  );
}
