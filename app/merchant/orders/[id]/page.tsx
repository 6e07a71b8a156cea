import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { movesFrom } from "@/components/orders/moves";
import { OrderActions } from "@/components/orders/order-actions";
import { OrderItems } from "@/components/orders/order-items";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { OrderStatusBadge } from "@/components/orders/status-badge";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { Card } from "@/components/ui/card";
import { requireMerchantPage } from "@/lib/auth/session";
import { formatPaise } from "@/lib/money";
import { getMerchantOrder } from "@/lib/queries/orders";

type Props = { params: Promise<{ id: string }> };

export default async function MerchantOrderPage({ params }: Props) {
  const [{ merchant }, { id }] = await Promise.all([requireMerchantPage(), params]);
  const [o, t, tm, locale] = await Promise.all([getMerchantOrder(merchant.id, id), getTranslations("orders.merchant"), getTranslations("orders.method"), getLocale()]);
  // Another shop's order (or none) is a 404, never its contents.
  if (!o) notFound();
  return (
    <div className="flex flex-col gap-4">
      <LiveRefresh types={["order.updated"]} />
      <Link href="/merchant/orders" className="text-sm text-brand-700 underline">{t("back")}</Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("orderFrom", { name: o.customerName })}</h1>
          <p className="text-stone-600">{tm(o.paymentMethod)} · {formatPaise(o.totalPaise, locale)}</p>
        </div>
        <OrderStatusBadge status={o.status} />
      </div>
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card className="flex flex-col gap-3">
          <h2 className="font-semibold">{t("items")}</h2>
          <OrderItems items={o.items} totalPaise={o.totalPaise} />
          {o.note ? <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("note", { note: o.note })}</p> : null}
          {o.cancelReason ? <p className="text-sm text-stone-600">{t("cancelReason", { reason: o.cancelReason })}</p> : null}
          {o.payLater && o.status !== "CANCELLED" ? <p className="text-sm text-stone-600">{t("payLaterNote")}</p> : null}
          {o.transactionId ? <p className="text-sm text-green-800">{t("inLedger")}</p> : null}
        </Card>
        <Card className="flex flex-col gap-4">
          <OrderTimeline order={o} timeZone={merchant.timeZone} />
          <OrderActions orderId={o.id} moves={movesFrom(o.status)} />
        </Card>
      </div>
    </div>
  );
}
