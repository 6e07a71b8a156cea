import { getLocale, getTranslations } from "next-intl/server";
import { TxTypeBadge } from "@/components/admin/badges";
import { Cell, DataTable, PageHeader, RowLink } from "@/components/admin/data-table";
import { DateFilter, ListFilters, SelectFilter } from "@/components/admin/list-filters";
import { Pagination } from "@/components/admin/pagination";
import { EmptyState } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { listTransactions, shopOptions } from "@/lib/queries/admin";
import { TX_METHODS, TX_TYPES, flatParams, transactionListFilter } from "@/lib/validation/admin";

export default async function TransactionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRolePage("ADMIN");
  const f = transactionListFilter.parse(flatParams(await searchParams));
  const [t, tl, tt, tm, locale, list, shops] = await Promise.all([
    getTranslations("admin.transactions"),
    getTranslations("admin.list"),
    getTranslations("admin.txType"),
    getTranslations("admin.txMethod"),
    getLocale(),
    listTransactions(f),
    shopOptions(),
  ]);
  const filtered = Object.entries(f).some(([k, v]) => k !== "page" && v !== undefined);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} sub={f.guest ? t("guestOnly") : t("intro")} />
      <ListFilters path="/admin/transactions" q={f.q} searchLabel={t("search")}>
        <SelectFilter
          name="shop"
          label={tl("shop")}
          value={f.shop}
          allLabel={tl("allShops")}
          options={shops.map((s) => ({ value: s.id, label: s.shopName }))}
        />
        <SelectFilter
          name="type"
          label={t("type")}
          value={f.type}
          allLabel={tl("all")}
          options={TX_TYPES.map((v) => ({ value: v, label: tt(v) }))}
        />
        <SelectFilter
          name="method"
          label={t("method")}
          value={f.method}
          allLabel={tl("all")}
          options={TX_METHODS.map((v) => ({ value: v, label: tm(v) }))}
        />
        <DateFilter name="from" label={tl("from")} value={f.from} />
        <DateFilter name="to" label={tl("to")} value={f.to} />
        {f.guest ? <input type="hidden" name="guest" value={f.guest} /> : null}
      </ListFilters>
      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? tl("noMatch") : t("empty")} />
      ) : (
        <DataTable caption={t("title")} head={[t("when"), tl("shop"), t("type"), t("method"), t("who"), t("amount")]}>
          {list.rows.map((x) => (
            <tr key={x.id}>
              <Cell className="whitespace-nowrap">
                <RowLink href={`/admin/transactions/${x.id}`}>
                  {formatDate(x.occurredAt, locale, "Asia/Kolkata", true)}
                </RowLink>
              </Cell>
              <Cell>
                <RowLink href={`/admin/merchants/${x.merchant.id}`}>{x.merchant.shopName}</RowLink>
              </Cell>
              <Cell>
                <TxTypeBadge type={x.type} />
                {x.voidedBy ? <span className="ml-1 text-xs text-red-700">{t("voided")}</span> : null}
              </Cell>
              <Cell>{tm(x.method)}</Cell>
              <Cell>{x.customer?.name ?? x.guest?.label ?? "—"}</Cell>
              <Cell className={`tabular-nums ${x.voidedBy ? "line-through text-stone-500" : ""}`}>
                {formatPaise(x.amountPaise, locale)}
              </Cell>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        path="/admin/transactions"
        filter={f}
        page={list.page}
        hasMore={list.hasMore}
        pageSize={list.pageSize}
      />
    </div>
  );
}
