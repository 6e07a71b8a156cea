import { can } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Receipt } from "@/components/receipt/receipt";
import { ReceiptActions } from "@/components/receipt/receipt-actions";
import { ReturnForm } from "@/components/receipt/return-form";
import { RevokeLinkButton } from "@/components/receipt/revoke-link-button";
import { creditNoteAllowed } from "@/lib/gst/deadlines";
import { formatPaise } from "@/lib/money";
import { saleReturns } from "@/lib/queries/returns";
import { requireMerchantPage } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { getSale } from "@/lib/domain/sales";
import { receiptNumber } from "@/lib/pos/receipt-number";
import { billLocale } from "@/lib/i18n/bill-locale";
import { entityId } from "@/lib/validation/common";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations("receipt")]);
  return { title: t("pageTitle", { number: receiptNumber(id) }) }; // the bill number needs a read: the id will do
}

/** Another shop's sale (or no sale) is a 404: getSale filters by the caller's merchantId. */
async function loadSale(merchantId: string, id: string) {
  if (!entityId.safeParse(id).success) notFound();
  try {
    return await getSale(merchantId, id);
  } catch (err) {
    if (err instanceof DomainError && err.code === "not_found") notFound();
    throw err;
  }
}

export default async function ReceiptPage({ params }: Props) {
  const [{ id }, { merchant }, t] = await Promise.all([params, requireMerchantPage(), getTranslations("receipt")]);
  const sale = await loadSale(merchant.id, id);
  const locale = billLocale(sale.shop.receiptLocale, await getLocale());
  const [returns, tg] = await Promise.all([saleReturns(merchant.id, sale.id), getTranslations("gst.returns")]);
  // Past the credit-note deadline of a tax invoice the server refuses a return: offer none.
  const creditNoteTooLate =
    sale.bill?.kind === "TAX_INVOICE" && !creditNoteAllowed(sale.bill.issuedAt, new Date(), merchant.timeZone);
  // The page's client parts (share, revoke, return) in the app's language; the bill itself in
  // its own: both providers carry this page's namespaces only.
  return (
    <ClientMessages scope="app/merchant/sales/[id]/receipt">
      <div className="mx-auto flex w-full max-w-md flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <div className="flex gap-3 text-sm font-medium">
            <Link href="/merchant/sales" className="text-brand-700 underline">
              {t("backToSales")}
            </Link>
            <Link href="/merchant/pos" className="text-brand-700 underline">
              {t("newSale")}
            </Link>
          </div>
        </div>
        {/* Printed in the bill language chosen in Settings, else the app's. */}
        <ClientMessages scope="app/merchant/sales/[id]/receipt" locale={locale} timeZone={merchant.timeZone}>
          <Receipt receipt={sale} timeZone={merchant.timeZone} />
        </ClientMessages>
        <ReceiptActions
          saleId={sale.id}
          shopName={sale.shop.name}
          amountPaise={sale.amountPaise}
          linkPath={sale.bill?.linkPath}
          phone={sale.customer?.phone}
        />
        {sale.bill ? (
          <div className="print:hidden">
            <RevokeLinkButton billId={sale.bill.id} />
          </div>
        ) : null}
        {sale.voided || !can(merchant, "return") ? null : creditNoteTooLate ? (
          <p className="text-sm text-stone-700 print:hidden" data-testid="credit-note-too-late">
            {tg("tooLate")}
          </p>
        ) : (
          <ReturnForm
            saleId={sale.id}
            canTab={sale.customer !== null}
            lines={sale.items
              .filter((i): i is typeof i & { productId: string } => i.productId !== null)
              .map((i) => ({
                productId: i.productId,
                name: i.name,
                returnable: i.quantity - (returns.returned[i.productId] ?? 0),
              }))}
          />
        )}
        {returns.notes.length ? (
          <ul className="text-sm text-stone-700 print:hidden" aria-label={tg("notes")} data-testid="credit-notes">
            {returns.notes.map((n) => (
              <li key={n.id}>
                {n.number} · {formatPaise(n.amountPaise, locale)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </ClientMessages>
  );
}
