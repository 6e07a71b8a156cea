import { getLocale, getTranslations } from "next-intl/server";
import { AdminList } from "@/components/admin/admin-list";
import { Cell, RowLink } from "@/components/admin/data-table";
import { ShopFilter } from "@/components/admin/list-filters";
import { requireRolePage } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { listGuests, shopOptions } from "@/lib/queries/admin";
import { flatParams, guestListFilter } from "@/lib/validation/admin";

export default async function GuestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRolePage("ADMIN");
  const f = guestListFilter.parse(flatParams(await searchParams));
  const [t, tl, locale, list, shops] = await Promise.all([
    getTranslations("admin.guests"),
    getTranslations("admin.list"),
    getLocale(),
    listGuests(f),
    shopOptions(),
  ]);
  return (
    <AdminList
      path="/admin/guests"
      ns="admin.guests"
      filter={f}
      list={list}
      head={[t("when"), t("label"), tl("shop"), t("sales"), t("amount")]}
      filters={<ShopFilter shops={shops} value={f.shop} />}
    >
      {list.rows.map((g) => (
        <tr key={g.id}>
          <Cell className="whitespace-nowrap">
            <RowLink href={`/admin/transactions?guest=${g.id}`}>
              {formatDate(g.createdAt, locale, "Asia/Kolkata", true)}
            </RowLink>
          </Cell>
          <Cell>{g.label}</Cell>
          <Cell>
            <RowLink href={`/admin/merchants/${g.merchant.id}`}>{g.merchant.shopName}</RowLink>
          </Cell>
          <Cell className="tabular-nums">{g.count}</Cell>
          <Cell className="tabular-nums">{formatPaise(g.totalPaise, locale)}</Cell>
        </tr>
      ))}
    </AdminList>
  );
}
