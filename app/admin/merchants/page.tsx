import { getLocale, getTranslations } from "next-intl/server";
import { AccountBadge } from "@/components/admin/badges";
import { Cell, DataTable, PageHeader, RowLink } from "@/components/admin/data-table";
import { ListFilters, SelectFilter } from "@/components/admin/list-filters";
import { Pagination } from "@/components/admin/pagination";
import { EmptyState } from "@/components/ui/card";
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
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} sub={t("intro")} />
      <ListFilters path="/admin/merchants" q={f.q} searchLabel={t("search")}>
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
          head={[t("shop"), t("owner"), t("contact"), t("place"), tl("status"), t("joined")]}
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
        </DataTable>
      )}
      <Pagination
        path="/admin/merchants"
        filter={f}
        page={list.page}
        hasMore={list.hasMore}
        total={list.total}
        pageSize={list.pageSize}
      />
    </div>
  );
}
