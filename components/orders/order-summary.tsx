import { getLocale, getTranslations } from "next-intl/server";
import { Card, Skeleton } from "@/components/ui/card";
import type { OrderDto } from "@/lib/domain/orders";
import { formatPaise } from "@/lib/money";
import { OrderItems } from "./order-items";
import { OrderStatusBadge } from "./status-badge";

/**
 * An order's page as the shop and the customer both see it: who/where, how it is paid, its
 * status, the lines with the notes, and beside them the audience's own panel (`children`).
 * Texts come from "orders.<audience>", so each side reads its own wording.
 */
export async function OrderSummary({
  order: o,
  audience,
  title,
  extra,
  children,
}: {
  order: OrderDto;
  audience: "customer" | "merchant";
  title: string;
  /** More lines under the items (e.g. the shop's "in the ledger" note). */
  extra?: React.ReactNode;
  children: React.ReactNode;
}) {
  const [t, tm, locale] = await Promise.all([
    getTranslations(`orders.${audience}`),
    getTranslations("orders.method"),
    getLocale(),
  ]);
  // The shop must not miss what the customer wrote; the customer only needs to see it again.
  const noteClass =
    audience === "merchant" ? "rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" : "text-sm text-stone-600";
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{title}</h1>
          <p className="text-stone-600">
            {tm(o.paymentMethod)} · {formatPaise(o.totalPaise, locale)}
          </p>
        </div>
        <OrderStatusBadge status={o.status} />
      </div>
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card className="flex flex-col gap-3">
          <h2 className="font-semibold">{t("items")}</h2>
          <OrderItems items={o.items} totalPaise={o.totalPaise} />
          {o.note ? <p className={noteClass}>{t("note", { note: o.note })}</p> : null}
          {o.cancelReason ? (
            <p className="text-sm text-stone-600">{t("cancelReason", { reason: o.cancelReason })}</p>
          ) : null}
          {o.payLater && o.status !== "CANCELLED" ? (
            <p className="text-sm text-stone-600">{t("payLaterNote")}</p>
          ) : null}
          {extra}
        </Card>
        <Card className="flex flex-col gap-4">{children}</Card>
      </div>
    </>
  );
}

/** The order page while it loads: back link, title, then the two panels. */
export function OrderSummarySkeleton({ panel }: { panel: "h-56" | "h-64" }) {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <Skeleton className="h-5 w-32" />
      <Skeleton className="h-10 w-72" />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Skeleton className={panel} />
        <Skeleton className={panel} />
      </div>
    </div>
  );
}
