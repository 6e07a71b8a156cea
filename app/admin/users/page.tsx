import { getLocale, getTranslations } from "next-intl/server";
import { AccountBadge } from "@/components/admin/badges";
import { AdminList } from "@/components/admin/admin-list";
import { Cell, RowLink } from "@/components/admin/data-table";
import { StatusFilter } from "@/components/admin/list-filters";
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
    <AdminList
      path="/admin/users"
      ns="admin.users"
      filter={f}
      list={list}
      head={[t("name"), t("email"), t("phone"), t("shops"), t("orders"), tl("status"), t("joined")]}
      filters={<StatusFilter value={f.status} options={ACCOUNT_STATUSES.map((s) => ({ value: s, label: ts(s) }))} />}
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
    </AdminList>
  );
}
