// One sale's receipt: shop header, number and time (in the shop's time zone), customer, lines,
// total, method and footer. Shared by the POS (after a sale) and the receipt page. Prints on
// its own: everything else on those screens is print:hidden, and the width suits 58/80 mm rolls.
import { useLocale, useTranslations } from "next-intl";
import type { SaleReceiptWithShop } from "@/lib/domain/sale-receipt";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { formatQuantity } from "@/lib/quantity";
import { receiptNumber } from "@/lib/pos/receipt-number";

export function Receipt({ receipt, timeZone }: { receipt: SaleReceiptWithShop; timeZone: string }) {
  const t = useTranslations("receipt");
  const locale = useLocale();
  const money = (p: number) => formatPaise(p, locale);
  const { shop } = receipt;
  return (
    <article
      data-testid="receipt"
      aria-label={t("title")}
      className="mx-auto w-full max-w-sm rounded-xl bg-white p-5 font-mono text-sm text-stone-900 shadow-sm ring-1 ring-stone-200 print:max-w-[72mm] print:rounded-none print:p-0 print:text-[11px] print:shadow-none print:ring-0"
    >
      {/* Thermal printers: tiny page margins, and no browser header/footer squeezing the roll. */}
      <style>{"@media print{@page{margin:3mm}}"}</style>
      <header className="border-b border-dashed border-stone-400 pb-3 text-center">
        <h2 className="font-sans text-lg font-bold" data-testid="receipt-shop">
          {shop.name}
        </h2>
        {shop.address ? <p>{shop.address}</p> : null}
        {shop.phone ? <p>{t("phone", { phone: shop.phone })}</p> : null}
        {shop.gstin ? <p>{t("gstin", { gstin: shop.gstin })}</p> : null}
      </header>

      <dl className="grid grid-cols-[auto_1fr] gap-x-3 border-b border-dashed border-stone-400 py-3">
        <dt>{t("numberLabel")}</dt>
        <dd className="text-right" data-testid="receipt-number">
          {receiptNumber(receipt.id)}
        </dd>
        <dt>{t("date")}</dt>
        <dd className="text-right">{formatDate(receipt.occurredAt, locale, timeZone, true)}</dd>
        <dt>{t("customer")}</dt>
        <dd className="text-right" data-testid="receipt-customer">
          {receipt.customer ? [receipt.customer.name, receipt.customer.phone].filter(Boolean).join(" · ") : t("guest")}
        </dd>
      </dl>

      <table className="w-full border-b border-dashed border-stone-400">
        <thead className="sr-only">
          <tr>
            <th>{t("item")}</th>
            <th>{t("amount")}</th>
          </tr>
        </thead>
        <tbody>
          {receipt.items.map((item, i) => (
            <tr key={i} className="align-top">
              <td className="py-1.5 pr-2">
                <span className="block">
                  {item.productId === null && item.category === "custom" ? t("customAmount") : item.name}
                </span>
                {item.quantity !== 1 || item.productId ? (
                  <span className="block text-stone-600">
                    {t("lineDetail", {
                      quantity: formatQuantity(item.quantityMilli, item.unit),
                      price: money(item.unitPricePaise),
                    })}
                  </span>
                ) : null}
              </td>
              <td className="py-1.5 text-right tabular-nums">{money(item.lineTotalPaise)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="flex items-baseline justify-between py-3">
        <span className="font-sans text-base font-semibold">{t("total")}</span>
        <span className="font-sans text-2xl font-bold tabular-nums" data-testid="receipt-total">
          {money(receipt.amountPaise)}
        </span>
      </div>
      <p className="flex justify-between border-b border-dashed border-stone-400 pb-3">
        <span>{t("paidBy")}</span>
        <span className="font-semibold" data-testid="receipt-method">
          {t(`method.${receipt.method}`)}
        </span>
      </p>
      {receipt.method === "CREDIT" && receipt.customer ? (
        <div className="pt-2">
          <p>{t("creditNote", { name: receipt.customer.name })}</p>
          {receipt.balanceAfterPaise !== undefined ? (
            <dl className="mt-1 text-sm" data-testid="receipt-tab-balance">
              <div className="flex justify-between">
                <dt>{t("previousDue")}</dt>
                <dd className="tabular-nums">{money(receipt.balanceAfterPaise - receipt.amountPaise)}</dd>
              </div>
              <div className="flex justify-between font-bold">
                <dt>{t("newBalance")}</dt>
                <dd className="tabular-nums">{money(receipt.balanceAfterPaise)}</dd>
              </div>
            </dl>
          ) : null}
        </div>
      ) : null}
      {receipt.voided ? <p className="pt-2 font-bold text-red-700">{t("voided")}</p> : null}
      {shop.receiptFooter ? (
        <p className="pt-3 text-center" data-testid="receipt-footer">
          {shop.receiptFooter}
        </p>
      ) : null}
    </article>
  );
}
