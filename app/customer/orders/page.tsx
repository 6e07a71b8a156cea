import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CustomerOrderList, CustomerOrderListSkeleton } from "@/components/orders/customer-order-list";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { requireRolePage } from "@/lib/auth/session";
import { orderFilterFrom } from "@/lib/queries/orders";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MyOrdersPage({ searchParams }: Props) {
  const [user, t, params] = await Promise.all([
    requireRolePage("CUSTOMER"),
    getTranslations("orders.customer"),
    searchParams,
  ]);
  const { page } = orderFilterFrom(params);
  return (
    <div className="flex flex-col gap-4">
      {/* The shop accepting, readying or completing an order shows here without a reload. */}
      <LiveRefresh types={["order.updated"]} />
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      <Suspense key={page} fallback={<CustomerOrderListSkeleton />}>
        <CustomerOrderList userId={user.id} page={page} timeZone={user.timeZone} />
      </Suspense>
    </div>
  );
}
