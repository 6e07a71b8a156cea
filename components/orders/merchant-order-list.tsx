import { getTranslations } from "next-intl/server";
import { EmptyState, Skeleton } from "@/components/ui/card";
import { Pager, pageLinks } from "@/components/ui/pager";
import { withParams } from "@/lib/list-url";
import { getMerchantOrders, type OrderTab } from "@/lib/queries/orders";
import { MerchantOrderCard } from "./merchant-order-card";

/** One page of the shop's orders for a tab, newest first. */
export async function MerchantOrderList({
  merchantId,
  timeZone,
  tab,
  page,
}: {
  merchantId: string;
  timeZone: string;
  tab: OrderTab;
  page: number;
}) {
  const [list, t] = await Promise.all([
    getMerchantOrders(merchantId, { tab, page }),
    getTranslations("orders.merchant"),
  ]);
  if (!list.items.length)
    return <EmptyState title={t(`empty.${tab}`)}>{tab === "open" ? t("emptyOpenBody") : null}</EmptyState>;
  const href = (p: number) => withParams("/merchant/orders", { tab: tab === "open" ? undefined : tab, page: p });
  return (
    <div className="flex flex-col gap-3">
      <div className="grid gap-3 lg:grid-cols-2">
        {list.items.map((o) => (
          <MerchantOrderCard key={o.id} order={o} timeZone={timeZone} />
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

export function OrderListSkeleton() {
  return (
    <div className="grid gap-3 lg:grid-cols-2" aria-busy="true">
      {[0, 1, 2, 3].map((i) => (
        <Skeleton key={i} className="h-48" />
      ))}
    </div>
  );
}
