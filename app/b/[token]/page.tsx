import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Receipt } from "@/components/receipt/receipt";
import { readPublicBill } from "@/lib/domain/bill-link";
import { billLocale } from "@/lib/i18n/bill-locale";
import { ClientMessages } from "@/components/i18n/client-messages";

// One bill, opened without signing in (outside every role layout): the signed token is the
// only key, and the page shows that one document (the customer's name, never their phone).
// Never cached, never indexed, no Referer to other sites.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function PublicBillPage({ params }: Props) {
  const { token } = await params;
  const b = await readPublicBill(decodeURIComponent(token));
  if (!b) notFound();
  // The bill's own language when the shop chose one, else the reader's.
  const locale = billLocale(b.shopExtras.receiptLocale, await getLocale());
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
      <ClientMessages scope="app/b/[token]" locale={locale} timeZone={b.shopExtras.timeZone}>
        <Receipt
          receipt={{ ...b.sale, type: "SALE", bill: b.bill }}
          timeZone={b.shopExtras.timeZone}
          originalNumber={b.original?.number}
        />
      </ClientMessages>
    </main>
  );
}
