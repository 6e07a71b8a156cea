import { getLocale, getTranslations } from "next-intl/server";
import { TxTypeBadge } from "@/components/admin/badges";
import { AdminList } from "@/components/admin/admin-list";
import { Cell, RowLink } from "@/components/admin/data-table";
import { DateFilter, SelectFilter, ShopFilter } from "@/components/admin/list-filters";
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
  return (
    <AdminList
      path="/admin/transactions"
      ns="admin.transactions"
      sub={f.guest ? t("guestOnly") : t("intro")}
      filter={f}
      list={list}
      head={[t("when"), tl("shop"), t("type"), t("method"), t("who"), t("amount")]}
      filters={
        <>
          <ShopFilter shops={shops} value={f.shop} />
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
        </>
      }
    >
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
    </AdminList>
  );
}
