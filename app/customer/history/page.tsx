import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { HistoryFilters } from "@/components/history/history-filters";
import { HistoryList, HistoryListSkeleton } from "@/components/history/history-list";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { requireRolePage } from "@/lib/auth/session";
import { getCustomerShops, historyFilterFrom } from "@/lib/queries/history";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every purchase, credit sale, payment and order at every shop, filterable and paged. */
export default async function HistoryPage({ searchParams }: Props) {
  const [user, params, t] = await Promise.all([requireRolePage("CUSTOMER"), searchParams, getTranslations("history")]);
  const { invalid, ...filter } = historyFilterFrom(params);
  const shops = await getCustomerShops(user.id);
  return (
    <div className="flex flex-col gap-4">
      <LiveRefresh types={["sale.created", "payment.created", "sale.voided", "order.updated", "customer.updated"]} />
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      <HistoryFilters shops={shops} filter={filter} />
      {invalid ? (
        <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("filters.invalid")}
        </p>
      ) : null}
      <Suspense key={JSON.stringify(filter)} fallback={<HistoryListSkeleton />}>
        <HistoryList userId={user.id} timeZone={user.timeZone} filter={filter} />
      </Suspense>
    </div>
  );
}
