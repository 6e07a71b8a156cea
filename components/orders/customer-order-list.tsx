import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState, Skeleton } from "@/components/ui/card";
import { Pager, pageLinks } from "@/components/ui/pager";
import { withParams } from "@/lib/list-url";
import { getCustomerOrders } from "@/lib/queries/orders";
import { CancelOrderButton } from "./cancel-order-button";
import { OrderItems } from "./order-items";
import { OrderStatusBadge } from "./status-badge";
import { OrderWhen } from "./order-when";

/** The customer's orders at every shop, newest first. */
export async function CustomerOrderList({
  userId,
  page,
  timeZone,
}: {
  userId: string;
  page: number;
  timeZone: string;
}) {
  const [list, t, tm] = await Promise.all([
    getCustomerOrders(userId, page),
    getTranslations("orders.customer"),
    getTranslations("orders.method"),
  ]);
  if (!list.items.length) {
    return (
      <EmptyState title={t("empty")}>
        <Link href="/customer/shops" className="text-brand-700 underline">
          {t("browseShops")}
        </Link>
      </EmptyState>
    );
  }
  const href = (p: number) => withParams("/customer/orders", { page: p });
  return (
    <div className="flex flex-col gap-3">
      <div className="grid gap-3 lg:grid-cols-2">
        {list.items.map((o) => (
          <article
            key={o.id}
            data-testid="customer-order"
            data-order-id={o.id}
            className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200"
          >
            <header className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <Link
                  href={`/customer/orders/${o.id}`}
                  className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                >
                  {o.shopName}
                </Link>
                <p className="text-sm text-stone-600">
                  <OrderWhen at={o.placedAt} timeZone={timeZone} /> · {tm(o.paymentMethod)}
                </p>
              </div>
              <OrderStatusBadge status={o.status} />
            </header>
            <OrderItems items={o.items} totalPaise={o.totalPaise} />
            {o.cancelReason ? (
              <p className="text-sm text-stone-600">{t("cancelReason", { reason: o.cancelReason })}</p>
            ) : null}
            {o.status === "PLACED" ? <CancelOrderButton orderId={o.id} /> : null}
          </article>
        ))}
      </div>
      <Pager
        label={t("pager")}
        pageOf={t("pageOf", { page: list.page, pages: list.pageCount })}
        previous={t("previous")}
        next={t("next")}
        {...pageLinks(list.page, list.pageCount, href)}
      />
    </div>
  );
}

export function CustomerOrderListSkeleton() {
  return (
    <div className="grid gap-3 lg:grid-cols-2" aria-busy="true">
      {[0, 1, 2, 3].map((i) => (
        <Skeleton key={i} className="h-44" />
      ))}
    </div>
  );
}
