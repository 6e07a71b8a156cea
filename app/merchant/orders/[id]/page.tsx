import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { movesFrom } from "@/lib/queries/order-moves";
import { OrderActions } from "@/components/orders/order-actions";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { requireMerchantPage } from "@/lib/auth/session";
import { getMerchantOrder } from "@/lib/queries/orders";

type Props = { params: Promise<{ id: string }> };

export default async function MerchantOrderPage({ params }: Props) {
  const [{ merchant }, { id }] = await Promise.all([requireMerchantPage(), params]);
  const [o, t] = await Promise.all([getMerchantOrder(merchant.id, id), getTranslations("orders.merchant")]);
  // Another shop's order (or none) is a 404, never its contents.
  if (!o) notFound();
  return (
    <div className="flex flex-col gap-4">
      <LiveRefresh types={["order.updated"]} />
      <Link href="/merchant/orders" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <OrderSummary
        order={o}
        audience="merchant"
        title={t("orderFrom", { name: o.customerName })}
        extra={o.transactionId ? <p className="text-sm text-green-800">{t("inLedger")}</p> : null}
      >
        <OrderTimeline order={o} timeZone={merchant.timeZone} />
        <OrderActions orderId={o.id} moves={movesFrom(o.status)} />
      </OrderSummary>
    </div>
  );
}
