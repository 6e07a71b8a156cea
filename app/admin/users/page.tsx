import { getLocale, getTranslations } from "next-intl/server";
import { AccountBadge } from "@/components/admin/badges";
import { Cell, DataTable, PageHeader, RowLink } from "@/components/admin/data-table";
import { ListFilters, SelectFilter } from "@/components/admin/list-filters";
import { Pagination } from "@/components/admin/pagination";
import { EmptyState } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { listCustomerUsers } from "@/lib/queries/admin";
import { ACCOUNT_STATUSES, flatParams, userListFilter } from "@/lib/validation/admin";

export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRolePage("ADMIN");
  const f = userListFilter.parse(flatParams(await searchParams));
  const [t, tl, ts, locale, list] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("admin.list"),
    getTranslations("admin.status"),
    getLocale(),
    listCustomerUsers(f),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} sub={t("intro")} />
      <ListFilters path="/admin/users" q={f.q} searchLabel={t("search")}>
        <SelectFilter
          name="status"
          label={tl("status")}
          value={f.status}
          allLabel={tl("all")}
          options={ACCOUNT_STATUSES.map((s) => ({ value: s, label: ts(s) }))}
        />
      </ListFilters>
      {list.rows.length === 0 ? (
        <EmptyState title={f.q || f.status ? tl("noMatch") : t("empty")} />
      ) : (
        <DataTable
          caption={t("title")}
          head={[t("name"), t("email"), t("phone"), t("shops"), t("orders"), tl("status"), t("joined")]}
        >
          {list.rows.map((u) => (
            <tr key={u.id} data-testid="user-row">
              <Cell>
                <RowLink href={`/admin/users/${u.id}`}>{u.name}</RowLink>
              </Cell>
              <Cell className="break-all">{u.email ?? "—"}</Cell>
              <Cell className="whitespace-nowrap">{u.phone ?? "—"}</Cell>
              <Cell className="tabular-nums">{u._count.customers}</Cell>
              <Cell className="tabular-nums">{u._count.orders}</Cell>
              <Cell>
                <AccountBadge disabledAt={u.disabledAt} />
              </Cell>
              <Cell className="whitespace-nowrap">{formatDate(u.createdAt, locale)}</Cell>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        path="/admin/users"
        filter={f}
        page={list.page}
        hasMore={list.hasMore}
        total={list.total}
        pageSize={list.pageSize}
      />
    </div>
  );
}
