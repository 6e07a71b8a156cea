import { getLocale, getTranslations } from "next-intl/server";
import { Cell, DataTable, PageHeader, RowLink } from "@/components/admin/data-table";
import { ListFilters, SelectFilter } from "@/components/admin/list-filters";
import { Pagination } from "@/components/admin/pagination";
import { EmptyState } from "@/components/ui/card";
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
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} sub={t("intro")} />
      <ListFilters path="/admin/guests" q={f.q} searchLabel={t("search")}>
        <SelectFilter
          name="shop"
          label={tl("shop")}
          value={f.shop}
          allLabel={tl("allShops")}
          options={shops.map((s) => ({ value: s.id, label: s.shopName }))}
        />
      </ListFilters>
      {list.rows.length === 0 ? (
        <EmptyState title={f.q || f.shop ? tl("noMatch") : t("empty")} />
      ) : (
        <DataTable caption={t("title")} head={[t("when"), t("label"), tl("shop"), t("sales"), t("amount")]}>
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
        </DataTable>
      )}
      <Pagination
        path="/admin/guests"
        filter={f}
        page={list.page}
        hasMore={list.hasMore}
        total={list.total}
        pageSize={list.pageSize}
      />
    </div>
  );
}
