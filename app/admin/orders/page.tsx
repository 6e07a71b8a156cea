import { getLocale, getTranslations } from "next-intl/server";
import { OrderStatusBadge } from "@/components/admin/badges";
import { AdminList } from "@/components/admin/admin-list";
import { Cell, RowLink } from "@/components/admin/data-table";
import { ShopFilter, StatusFilter } from "@/components/admin/list-filters";
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
    <AdminList
      path="/admin/orders"
      ns="admin.orders"
      filter={f}
      list={list}
      head={[t("placed"), tl("shop"), t("customer"), t("items"), t("payment"), tl("status"), t("total")]}
      filters={
        <>
          <ShopFilter shops={shops} value={f.shop} />
          <StatusFilter value={f.status} options={ORDER_STATUSES.map((v) => ({ value: v, label: ts(v) }))} />
        </>
      }
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
    </AdminList>
  );
}
