import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CancelOrderButton } from "@/components/orders/cancel-order-button";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { Card } from "@/components/ui/card";
import { UpiPay } from "@/components/upi/upi-pay";
import { requireRolePage } from "@/lib/auth/session";
import { getCustomerOrder } from "@/lib/queries/orders";
import { orderUpiRef, shopUpiUri } from "@/lib/upi";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The order confirmation and, later, its live status: items, totals, how to pay and collect. */
export default async function MyOrderPage({ params, searchParams }: Props) {
  const [user, { id }, sp] = await Promise.all([requireRolePage("CUSTOMER"), params, searchParams]);
  const [o, t] = await Promise.all([getCustomerOrder(user.id, id), getTranslations("orders.customer")]);
  // Someone else's order (or none): 404, never its contents.
  if (!o) notFound();
  const open = o.status !== "COMPLETED" && o.status !== "CANCELLED";
  // The order reference travels as tr, so the shop matches the payment to this order.
  const reference = orderUpiRef(o.id);
  const upi =
    o.paymentMethod === "UPI" && open
      ? shopUpiUri(o.shop, o.totalPaise, t("upiNote", { id: reference }), reference)
      : null;
  return (
    <div className="flex flex-col gap-4">
      <LiveRefresh types={["order.updated"]} />
      <Link href="/customer/orders" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      {sp.placed && o.status === "PLACED" ? (
        <p
          role="status"
          data-testid="order-placed"
          className="rounded-xl bg-green-50 px-4 py-3 font-medium text-green-900 ring-1 ring-green-200"
        >
          {t("placed", { shop: o.shopName })}
        </p>
      ) : null}
      {upi ? (
        <Card className="flex flex-col items-center gap-2">
          <h2 className="font-semibold">{t("payByUpi")}</h2>
          <UpiPay uri={upi} shopName={o.shopName} reference={reference} />
        </Card>
      ) : null}
      <OrderSummary order={o} audience="customer" title={t("orderAt", { shop: o.shopName })}>
        <p className="text-sm text-stone-700">{t(`whatNext.${o.status}`)}</p>
        <OrderTimeline order={o} timeZone={user.timeZone} />
        {o.shop.addressLine || o.shop.city ? (
          <p className="text-sm text-stone-600">
            {t("pickupAt", { address: [o.shop.addressLine, o.shop.city].filter(Boolean).join(", ") })}
          </p>
        ) : null}
        {o.status === "PLACED" ? <CancelOrderButton orderId={o.id} /> : null}
      </OrderSummary>
    </div>
  );
}
