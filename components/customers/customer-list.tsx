import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { getCustomerList, type CustomerListFilter } from "@/lib/queries/customers";
import { Badge } from "./badge";
import { Pager, withParams } from "./pager";

/** The tabs: one page of customers with their dues, and the shop's total owed on top. */
export async function CustomerList({ merchantId, timeZone, filter }: { merchantId: string; timeZone: string; filter: CustomerListFilter }) {
  const [list, t, locale] = await Promise.all([getCustomerList(merchantId, filter), getTranslations("customers"), getLocale()]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (page: number) => withParams("/merchant/customers", { q: filter.q, sort: filter.sort === "due" ? undefined : filter.sort, page });
  const money = (p: number) => formatPaise(p, locale);

  return (
    <div className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Stat label={t("totalOwed")} value={money(list.shopDuePaise)} testId="total-owed" />
        <Stat label={t("onBooks")} value={t("customerCount", { count: list.total })} />
      </div>
      {list.rows.length === 0 ? (
        <EmptyState title={filter.q ? t("noMatch", { q: filter.q }) : t("empty")}>{filter.q ? null : t("emptyBody")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-stone-200">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-50 text-stone-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t("col.name")}</th>
                <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">{t("col.phone")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("col.due")}</th>
                <th scope="col" className="hidden px-3 py-2 text-right font-medium md:table-cell">{t("col.limit")}</th>
                <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">{t("col.lastActivity")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {list.rows.map((c) => {
                const over = c.creditLimitPaise !== null && c.duePaise > c.creditLimitPaise;
                return (
                  <tr key={c.id} data-testid="customer-row" className="hover:bg-stone-50">
                    <td className="px-3 py-3">
                      <Link href={`/merchant/customers/${c.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{c.name}</Link>
                      <div className="mt-1 flex flex-wrap gap-1">
                        <Badge tone={c.claimed ? "blue" : "stone"}>{c.claimed ? t("claimed") : t("unclaimed")}</Badge>
                        <span className="text-xs text-stone-500 sm:hidden">{c.phone ?? ""}</span>
                      </div>
                    </td>
                    <td className="hidden px-3 py-3 tabular-nums text-stone-700 sm:table-cell">{c.phone ?? <span className="text-stone-400">{t("noPhone")}</span>}</td>
                    <td data-testid="customer-due" className={`px-3 py-3 text-right font-semibold tabular-nums ${c.duePaise > 0 ? (over ? "text-red-700" : "text-stone-900") : "text-stone-500"}`}>
                      {money(c.duePaise)}
                    </td>
                    <td className="hidden px-3 py-3 text-right tabular-nums md:table-cell">
                      {c.creditLimitPaise === null ? <span className="text-stone-400">{t("noLimit")}</span> : money(c.creditLimitPaise)}
                    </td>
                    <td className="hidden px-3 py-3 text-stone-700 md:table-cell">
                      {c.lastActivityAt ? formatDate(c.lastActivityAt, locale, timeZone) : <span className="text-stone-400">{t("noActivity")}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        label={t("pager.label")} pageOf={t("pager.pageOf", { page: list.page, pages })} previous={t("pager.previous")} next={t("pager.next")}
        prevHref={list.page > 1 ? href(Math.min(list.page - 1, pages)) : null} nextHref={list.page < pages ? href(list.page + 1) : null}
      />
    </div>
  );
}

export function CustomerListSkeleton() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="h-24 animate-pulse rounded-xl bg-stone-200" />
        <div className="h-24 animate-pulse rounded-xl bg-stone-200" />
      </div>
      {[0, 1, 2, 3, 4, 5].map((i) => <div key={i} className="h-12 animate-pulse rounded-lg bg-stone-200" />)}
    </div>
  );
}
