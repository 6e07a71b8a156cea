import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BillList, PaymentList } from "@/components/bills/bill-list";
import { ClaimList } from "@/components/bills/claim-list";
import { BILL_EVENTS } from "@/components/bills/live-types";
import { PayPanel } from "@/components/bills/pay-panel";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { payableAfterClaims } from "@/lib/queries/customer-bills";
import { formatPaise } from "@/lib/money";
import { getShopBills } from "@/lib/queries/bills";
import { myDeletionRequest } from "@/lib/queries/my-data";
import { AskDeleteTab } from "@/components/privacy/ask-delete-tab";

type Props = { params: Promise<{ customerId: string }> };

/** One shop's tab as the customer sees it: the due, paying it, each bill and each payment. */
export default async function ShopBillsPage({ params }: Props) {
  const [user, { customerId }, t, locale] = await Promise.all([
    requireRolePage("CUSTOMER"),
    params,
    getTranslations("bills"),
    getLocale(),
  ]);
  // Someone else's tab (or a made-up id) is simply not there.
  const data = await getShopBills(user.id, customerId);
  if (!data) notFound();
  const deletion = await myDeletionRequest(user.id, customerId);
  const money = (p: number) => formatPaise(p, locale);
  const payable = payableAfterClaims(data);

  return (
    <div className="flex flex-col gap-4">
      <LiveRefresh types={BILL_EVENTS} />
      <div>
        <Link href="/customer/bills" className="text-sm text-brand-700 underline">
          ← {t("shop.back")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{data.shop.shopName}</h1>
        {data.shop.city ? <p className="text-stone-600">{data.shop.city}</p> : null}
      </div>
      <Card>
        <p className="text-sm text-stone-600">{t("shop.due")}</p>
        <p
          className={`mt-1 text-3xl font-semibold tabular-nums ${data.duePaise > 0 ? "text-red-700" : "text-green-700"}`}
          data-testid="shop-due-amount"
          data-due={data.duePaise}
        >
          {money(Math.max(data.duePaise, 0))}
        </p>
        {data.pendingClaimPaise > 0 ? (
          <p className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="claim-waiting">
            {t("pay.waiting", { amount: money(data.pendingClaimPaise) })}
          </p>
        ) : null}
        {data.duePaise < 0 || data.advancePaise > 0 ? (
          <p className="mt-2 text-sm text-stone-700">
            {t("advance", { amount: money(Math.max(-data.duePaise, data.advancePaise)) })}
          </p>
        ) : null}
      </Card>
      {/* Remount when the payable amount changes, so the amount box starts from the new figure. */}
      <PayPanel
        key={payable}
        customerId={data.customerId}
        shopName={data.shop.shopName}
        upi={data.shop.upi}
        payablePaise={payable}
      />
      <ClaimList claims={data.claims} timeZone={user.timeZone} />
      <section aria-labelledby="bills-title" className="flex flex-col gap-2">
        <h2 id="bills-title" className="text-lg font-semibold">
          {t("shop.bills")}
        </h2>
        <BillList bills={data.bills} timeZone={user.timeZone} />
      </section>
      <section aria-labelledby="payments-title" className="flex flex-col gap-2">
        <h2 id="payments-title" className="text-lg font-semibold">
          {t("shop.payments")}
        </h2>
        <PaymentList payments={data.payments} timeZone={user.timeZone} />
      </section>
      <AskDeleteTab customerId={data.customerId} requested={deletion?.status === "PENDING"} />
    </div>
  );
}
