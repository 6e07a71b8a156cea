import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { SkeletonRows } from "@/components/ui/page-skeleton";
import { Pager, pageLinks } from "@/components/ui/pager";
import { Stat } from "@/components/ui/stat";
import { Table } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import { withParams } from "@/lib/list-url";
import { formatPaise } from "@/lib/money";
import { getCustomerList, type CustomerListFilter } from "@/lib/queries/customers";

/** The tabs: one page of customers with their dues, and the shop's total owed on top. */
export async function CustomerList({
  merchantId,
  timeZone,
  filter,
}: {
  merchantId: string;
  timeZone: string;
  filter: CustomerListFilter;
}) {
  const [list, t, locale] = await Promise.all([
    getCustomerList(merchantId, filter),
    getTranslations("customers"),
    getLocale(),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (page: number) =>
    withParams("/merchant/customers", { q: filter.q, sort: filter.sort === "due" ? undefined : filter.sort, page });
  const money = (p: number) => formatPaise(p, locale);

  return (
    <div className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Stat
          label={t("totalOwed")}
          value={money(list.shopDuePaise)}
          sub={list.shopAdvancePaise > 0 ? t("advancesHeld", { amount: money(list.shopAdvancePaise) }) : undefined}
          testId="total-owed"
        />
        <Stat label={t("onBooks")} value={t("customerCount", { count: list.total })} />
      </div>
      {list.rows.length === 0 ? (
        <EmptyState title={filter.q ? t("noMatch", { q: filter.q }) : t("empty")}>
          {filter.q ? null : t("emptyBody")}
        </EmptyState>
      ) : (
        <Table
          columns={[
            { label: t("col.name") },
            { label: t("col.phone"), hideBelow: "sm" },
            { label: t("col.due"), align: "right" },
            { label: t("col.limit"), align: "right", hideBelow: "md" },
            { label: t("col.lastActivity"), hideBelow: "md" },
          ]}
        >
          {list.rows.map((c) => {
            const over = c.creditLimitPaise !== null && c.duePaise > c.creditLimitPaise;
            return (
              <tr key={c.id} data-testid="customer-row" className="hover:bg-stone-50">
                <td className="px-3 py-3">
                  <Link
                    href={`/merchant/customers/${c.id}`}
                    className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    {c.name}
                  </Link>
                  <div className="mt-1 flex flex-wrap gap-1">
                    <Badge tone={c.claimed ? "blue" : "stone"}>{c.claimed ? t("claimed") : t("unclaimed")}</Badge>
                    <span className="text-xs text-stone-500 sm:hidden">{c.phone ?? ""}</span>
                  </div>
                </td>
                <td className="hidden px-3 py-3 tabular-nums text-stone-700 sm:table-cell">
                  {c.phone ?? <span className="text-stone-400">{t("noPhone")}</span>}
                </td>
                <td
                  data-testid="customer-due"
                  className={`px-3 py-3 text-right font-semibold tabular-nums ${c.duePaise > 0 ? (over ? "text-red-700" : "text-stone-900") : "text-stone-500"}`}
                >
                  {money(c.duePaise)}
                </td>
                <td className="hidden px-3 py-3 text-right tabular-nums md:table-cell">
                  {c.creditLimitPaise === null ? (
                    <span className="text-stone-400">{t("noLimit")}</span>
                  ) : (
                    money(c.creditLimitPaise)
                  )}
                </td>
                <td className="hidden px-3 py-3 text-stone-700 md:table-cell">
                  {c.lastActivityAt ? (
                    formatDate(c.lastActivityAt, locale, timeZone)
                  ) : (
                    <span className="text-stone-400">{t("noActivity")}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </Table>
      )}
      <Pager
        label={t("pager.label")}
        pageOf={t("pager.pageOf", { page: list.page, pages })}
        previous={t("pager.previous")}
        next={t("pager.next")}
        {...pageLinks(list.page, pages, href)}
      />
    </div>
  );
}

export function CustomerListSkeleton() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <div className="grid gap-4 sm:grid-cols-2">
        <SkeletonRows count={2} className="h-24 rounded-xl" />
      </div>
      <SkeletonRows count={6} className="h-12" />
    </div>
  );
}
