import { getLocale, getTranslations } from "next-intl/server";
import { AccountBadge } from "@/components/admin/badges";
import { AdminList } from "@/components/admin/admin-list";
import { Cell, RowLink } from "@/components/admin/data-table";
import { StatusFilter } from "@/components/admin/list-filters";
import { requireRolePage } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { listMerchants } from "@/lib/queries/admin";
import { ACCOUNT_STATUSES, flatParams, merchantListFilter } from "@/lib/validation/admin";

export default async function MerchantsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRolePage("ADMIN");
  const f = merchantListFilter.parse(flatParams(await searchParams));
  const [t, tl, ts, locale, list] = await Promise.all([
    getTranslations("admin.merchants"),
    getTranslations("admin.list"),
    getTranslations("admin.status"),
    getLocale(),
    listMerchants(f),
  ]);
  return (
    <AdminList
      path="/admin/merchants"
      ns="admin.merchants"
      filter={f}
      list={list}
      head={[t("shop"), t("owner"), t("contact"), t("place"), tl("status"), t("joined")]}
      filters={<StatusFilter value={f.status} options={ACCOUNT_STATUSES.map((s) => ({ value: s, label: ts(s) }))} />}
    >
      {list.rows.map((m) => (
        <tr key={m.id}>
          <Cell>
            <RowLink href={`/admin/merchants/${m.id}`}>{m.shopName}</RowLink>
          </Cell>
          <Cell>{m.ownerName ?? m.user.name}</Cell>
          <Cell>
            <span className="block">{m.user.email ?? "—"}</span>
            <span className="text-stone-600">{m.user.phone ?? ""}</span>
          </Cell>
          <Cell>{[m.city, m.state].filter(Boolean).join(", ") || "—"}</Cell>
          <Cell>
            <AccountBadge disabledAt={m.user.disabledAt} />
          </Cell>
          <Cell className="whitespace-nowrap">{formatDate(m.createdAt, locale)}</Cell>
        </tr>
      ))}
    </AdminList>
  );
}
