import { useTranslations } from "next-intl";
import Link from "next/link";
import type { OrderDto } from "@/lib/domain/orders";
import { orderUpiRef } from "@/lib/upi";
import { movesFrom } from "@/lib/queries/order-moves";
import { OrderActions } from "./order-actions";
import { OrderItems } from "./order-items";
import { OrderWhen } from "./order-when";
import { OrderStatusBadge } from "./status-badge";

/** One order in the shop's inbox: who, when, what, how they pay, and the next moves. */
export function MerchantOrderCard({ order: o, timeZone }: { order: OrderDto; timeZone: string }) {
  const t = useTranslations("orders.merchant");
  const tm = useTranslations("orders.method");
  return (
    <article
      data-testid="merchant-order"
      data-order-id={o.id}
      className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200"
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Link
            href={`/merchant/orders/${o.id}`}
            className="font-semibold text-brand-700 underline-offset-2 hover:underline"
          >
            {o.customerName}
          </Link>
          <p className="text-sm text-stone-600">
            <OrderWhen at={o.placedAt} timeZone={timeZone} /> · {tm(o.paymentMethod)}
            {/* the reference a UPI payment for this order carries (tr), to match it by */}
            {o.paymentMethod === "UPI" ? <span data-testid="order-upi-ref"> · {orderUpiRef(o.id)}</span> : null}
          </p>
        </div>
        <OrderStatusBadge status={o.status} />
      </header>
      <OrderItems items={o.items} totalPaise={o.totalPaise} />
      {o.note ? (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("note", { note: o.note })}</p>
      ) : null}
      {o.cancelReason ? (
        <p className="text-sm text-stone-600">{t("cancelReason", { reason: o.cancelReason })}</p>
      ) : null}
      <OrderActions orderId={o.id} moves={movesFrom(o.status)} />
    </article>
  );
}
