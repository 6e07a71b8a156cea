"use client";
// One sale's bill (or a return's credit note) as the law wants it handed over
// (INDIA-BILLING.md): the document's kind by the shop's GST status, its number, per-line HSN
// and tax, the rate-wise tax summary, round-off, and a UPI QR carrying the bill number as
// `tr`. Shared by the POS (after a sale), the receipt page and the public link. A client
// component so a page can render it in the bill's own language (NextIntlClientProvider).
// Prints on its own at the width of the layout chosen in Settings.
import { useLocale, useTranslations } from "next-intl";
import { UpiQr } from "@/components/upi/upi-qr";
import type { SaleReceiptWithShop } from "@/lib/domain/sale-receipt";
import { stateLabel } from "@/lib/gst/states";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { formatQuantity } from "@/lib/quantity";
import { receiptNumber } from "@/lib/pos/receipt-number";
import { shopUpiUri } from "@/lib/upi";
import { BillTaxTable } from "./bill-tax-table";
import { LAYOUT_CLASS, PAGE_CSS } from "./layout";

type Props = {
  receipt: Omit<SaleReceiptWithShop, "customer"> & {
    customer?: SaleReceiptWithShop["customer"];
    customerName?: string | null;
  };
  timeZone: string;
  /** A credit note: the number of the bill it corrects. */
  originalNumber?: string | null;
};

export function Receipt({ receipt, timeZone, originalNumber }: Props) {
  const t = useTranslations("receipt");
  const tg = useTranslations("gst.bill");
  const locale = useLocale();
  const money = (p: number) => formatPaise(p, locale);
  const { shop, bill } = receipt;
  const kind = bill?.kind ?? "BILL";
  const taxInvoice = kind === "TAX_INVOICE" || (kind === "CREDIT_NOTE" && bill!.taxablePaise < bill!.totalPaise);
  const registered = shop.gstStatus !== "UNREGISTERED";
  const customerName = receipt.customer?.name ?? receipt.customerName ?? null;
  const upi =
    bill && kind !== "CREDIT_NOTE" && !receipt.voided && (receipt.method === "UPI" || receipt.method === "CREDIT")
      ? shopUpiUri(
          { ...shop, shopName: shop.name },
          receipt.amountPaise,
          tg("upiNote", { number: bill.number }),
          bill.number,
        )
      : null;
  return (
    <article
      data-testid="receipt"
      data-layout={shop.receiptLayout}
      data-kind={kind}
      aria-label={t("title")}
      className={`mx-auto w-full rounded-xl bg-white p-5 font-mono text-sm text-stone-900 shadow-sm ring-1 ring-stone-200 print:rounded-none print:p-0 print:shadow-none print:ring-0 ${LAYOUT_CLASS[shop.receiptLayout]}`}
    >
      <style>{PAGE_CSS[shop.receiptLayout]}</style>
      <header className="border-b border-dashed border-stone-400 pb-3 text-center">
        <p className="font-sans text-base font-bold uppercase" data-testid="bill-kind">
          {tg(`kind.${kind}`)}
        </p>
        {kind === "BILL_OF_SUPPLY" ? <p className="text-xs">{tg("compositionNote")}</p> : null}
        <h2 className="font-sans text-lg font-bold" data-testid="receipt-shop">
          {shop.name}
        </h2>
        {shop.address ? <p>{shop.address}</p> : null}
        {shop.phone ? <p>{t("phone", { phone: shop.phone })}</p> : null}
        {registered && shop.gstin ? <p>{t("gstin", { gstin: shop.gstin })}</p> : null}
      </header>

      <dl className="grid grid-cols-[auto_1fr] gap-x-3 border-b border-dashed border-stone-400 py-3">
        <dt>{tg("number")}</dt>
        <dd className="text-right font-semibold" data-testid="receipt-number">
          {bill?.number ?? receiptNumber(receipt.id)}
        </dd>
        {originalNumber ? (
          <>
            <dt>{tg("against")}</dt>
            <dd className="text-right">{originalNumber}</dd>
          </>
        ) : null}
        <dt>{t("date")}</dt>
        <dd className="text-right">{formatDate(receipt.occurredAt, locale, timeZone, true)}</dd>
        <dt>{t("customer")}</dt>
        <dd className="text-right" data-testid="receipt-customer">
          {bill?.buyer?.name ??
            (receipt.customer
              ? [receipt.customer.name, receipt.customer.phone].filter(Boolean).join(" · ")
              : (customerName ?? t("guest")))}
        </dd>
        {bill?.buyer?.gstin ? (
          <>
            <dt>{tg("buyerGstin")}</dt>
            <dd className="text-right" data-testid="receipt-buyer-gstin">
              {bill.buyer.gstin}
            </dd>
          </>
        ) : null}
        {bill?.buyer?.address ? <dd className="col-span-2 text-right">{bill.buyer.address}</dd> : null}
        {taxInvoice && bill?.placeOfSupply ? (
          <>
            <dt>{tg("placeOfSupply")}</dt>
            <dd className="text-right">{stateLabel(bill.placeOfSupply)}</dd>
          </>
        ) : null}
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
            <tr key={i} className="align-top" data-testid="bill-line">
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
                {taxInvoice ? (
                  <span className="block text-stone-600">
                    {tg("lineTax", { hsn: item.hsn ?? "-", rate: item.gstRateBp / 100, tax: money(item.taxPaise) })}
                  </span>
                ) : null}
                {item.discountPaise ? (
                  <span className="block text-stone-600">{tg("discount", { amount: money(item.discountPaise) })}</span>
                ) : null}
              </td>
              <td className="py-1.5 text-right tabular-nums">{money(item.lineTotalPaise - item.discountPaise)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {bill && taxInvoice ? <BillTaxTable bill={bill} /> : null}
      {bill?.roundOffPaise ? (
        <p className="flex justify-between pt-2" data-testid="bill-round-off">
          <span>{tg("roundOff")}</span>
          <span className="tabular-nums">{money(bill.roundOffPaise)}</span>
        </p>
      ) : null}

      <div className="flex items-baseline justify-between py-3">
        <span className="font-sans text-base font-semibold">{t("total")}</span>
        <span className="font-sans text-2xl font-bold tabular-nums" data-testid="receipt-total">
          {money(receipt.amountPaise)}
        </span>
      </div>
      <p className="flex justify-between border-b border-dashed border-stone-400 pb-3">
        <span>{kind === "CREDIT_NOTE" ? tg("refundedBy") : t("paidBy")}</span>
        <span className="font-semibold" data-testid="receipt-method">
          {t(`method.${receipt.method}`)}
        </span>
      </p>
      {receipt.method === "CREDIT" && customerName && kind !== "CREDIT_NOTE" ? (
        <div className="pt-2">
          <p>{t("creditNote", { name: customerName })}</p>
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
      {receipt.voided || bill?.cancelled ? <p className="pt-2 font-bold text-red-700">{t("voided")}</p> : null}
      {taxInvoice ? (
        <div className="pt-2 text-xs">
          <p>{tg("reverseCharge")}</p>
          <p className="pt-4 text-right">{tg("signatory", { shop: shop.name })}</p>
        </div>
      ) : null}
      {upi ? (
        <div className="flex justify-center pt-3">
          <UpiQr uri={upi} size={140} />
        </div>
      ) : null}
      {shop.receiptFooter ? (
        <p className="pt-3 text-center" data-testid="receipt-footer">
          {shop.receiptFooter}
        </p>
      ) : null}
    </article>
  );
}
