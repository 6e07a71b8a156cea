import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { MerchantOrderList, OrderListSkeleton } from "@/components/orders/merchant-order-list";
import { OrderTabs } from "@/components/orders/order-tabs";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { requireMerchantPage } from "@/lib/auth/session";
import { countOpenOrders, orderFilterFrom } from "@/lib/queries/orders";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MerchantOrdersPage({ searchParams }: Props) {
  const [{ merchant }, t, params] = await Promise.all([
    requireMerchantPage(),
    getTranslations("orders.merchant"),
    searchParams,
  ]);
  const filter = orderFilterFrom(params);
  const openCount = await countOpenOrders(merchant.id);
  return (
    <div className="flex flex-col gap-4">
      {/* A customer's new order or cancellation re-renders this list without a reload. */}
      <LiveRefresh types={["order.created", "order.updated"]} />
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      <OrderTabs active={filter.tab} openCount={openCount} />
      <Suspense key={JSON.stringify(filter)} fallback={<OrderListSkeleton />}>
        <MerchantOrderList merchantId={merchant.id} timeZone={merchant.timeZone} tab={filter.tab} page={filter.page} />
      </Suspense>
    </div>
  );
}
