import { getLocale, getTranslations } from "next-intl/server";
import { OrderStatusBadge } from "@/components/admin/badges";
import { Cell, DataTable, PageHeader, RowLink } from "@/components/admin/data-table";
import { ListFilters, SelectFilter } from "@/components/admin/list-filters";
import { Pagination } from "@/components/admin/pagination";
import { EmptyState } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { listOrders, shopOptions } from "@/lib/queries/admin";
import { ORDER_STATUSES, flatParams, orderListFilter } from "@/lib/validation/admin";

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRolePage("ADMIN");
  const f = orderListFilter.parse(flatParams(await searchParams));
  const [t, tl, ts, tm, locale, list, shops] = await Promise.all([
    getTranslations("admin.orders"),
    getTranslations("admin.list"),
    getTranslations("admin.orderStatus"),
    getTranslations("admin.txMethod"),
    getLocale(),
    listOrders(f),
    shopOptions(),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} sub={t("intro")} />
      <ListFilters path="/admin/orders" q={f.q} searchLabel={t("search")}>
        <SelectFilter
          name="shop"
          label={tl("shop")}
          value={f.shop}
          allLabel={tl("allShops")}
          options={shops.map((s) => ({ value: s.id, label: s.shopName }))}
        />
        <SelectFilter
          name="status"
          label={tl("status")}
          value={f.status}
          allLabel={tl("all")}
          options={ORDER_STATUSES.map((v) => ({ value: v, label: ts(v) }))}
        />
      </ListFilters>
      {list.rows.length === 0 ? (
        <EmptyState title={f.q || f.shop || f.status ? tl("noMatch") : t("empty")} />
      ) : (
        <DataTable
          caption={t("title")}
          head={[t("placed"), tl("shop"), t("customer"), t("items"), t("payment"), tl("status"), t("total")]}
        >
          {list.rows.map((o) => (
            <tr key={o.id}>
              <Cell className="whitespace-nowrap">
                <RowLink href={`/admin/orders/${o.id}`}>{formatDate(o.placedAt, locale, "Asia/Kolkata", true)}</RowLink>
              </Cell>
              <Cell>
                <RowLink href={`/admin/merchants/${o.merchant.id}`}>{o.merchant.shopName}</RowLink>
              </Cell>
              <Cell>{o.customer.name}</Cell>
              <Cell className="tabular-nums">{o._count.items}</Cell>
              <Cell>{tm(o.paymentMethod)}</Cell>
              <Cell>
                <OrderStatusBadge status={o.status} />
              </Cell>
              <Cell className="tabular-nums">{formatPaise(o.totalPaise, locale)}</Cell>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        path="/admin/orders"
        filter={f}
        page={list.page}
        hasMore={list.hasMore}
        total={list.total}
        pageSize={list.pageSize}
      />
    </div>
  );
}
