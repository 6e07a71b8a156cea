import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState, Skeleton } from "@/components/ui/card";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { getCustomerHistory, type HistoryRow } from "@/lib/queries/history";
import type { HistoryFilter } from "@/lib/validation/customer";

const AMOUNT_TONE: Record<HistoryRow["kind"], string> = {
  SALE: "text-stone-900",
  CREDIT_SALE: "text-red-700",
  PAYMENT: "text-green-700",
  VOID: "text-stone-500",
  RETURN: "text-green-700",
  ORDER: "text-stone-900",
};

/** One page of the customer's history at every shop, newest first. */
export async function HistoryList({
  userId,
  timeZone,
  filter,
}: {
  userId: string;
  timeZone: string;
  filter: HistoryFilter;
}) {
  const [page, t, tm, ts, locale] = await Promise.all([
    getCustomerHistory(userId, timeZone, filter),
    getTranslations("history"),
    getTranslations("bills.method"),
    getTranslations("history.orderStatus"),
    getLocale(),
  ]);
  const filtered = !!(filter.shop || filter.from || filter.to || filter.kind !== "all");
  if (!page.rows.length)
    return (
      <EmptyState title={filtered ? t("emptyFiltered") : t("empty")}>{filtered ? null : t("emptyBody")}</EmptyState>
    );
  const href = (p: number) => {
    const q = new URLSearchParams();
    if (filter.shop) q.set("shop", filter.shop);
    if (filter.kind !== "all") q.set("kind", filter.kind);
    if (filter.from) q.set("from", filter.from);
    if (filter.to) q.set("to", filter.to);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `/customer/history?${s}` : "/customer/history";
  };
  const label = (r: HistoryRow) => {
    if (r.kind === "ORDER")
      return t("row.ORDER", { status: ts.has(r.orderStatus ?? "") ? ts(r.orderStatus!) : (r.orderStatus ?? "") });
    if (r.kind === "SALE" || r.kind === "PAYMENT")
      return t(`row.${r.kind}`, { method: tm.has(r.method) ? tm(r.method) : r.method });
    return t(`row.${r.kind}`);
  };

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-stone-600">{t("count", { count: page.total })}</p>
      <ul className="flex flex-col divide-y divide-stone-100 rounded-xl bg-white ring-1 ring-stone-200">
        {page.rows.map((r) => (
          <li
            key={`${r.kind}-${r.id}`}
            data-testid="history-row"
            data-kind={r.kind}
            className="flex items-start justify-between gap-3 px-4 py-3"
          >
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {label(r)}
                {r.voided ? <Badge tone="stone">{t("voided")}</Badge> : null}
              </p>
              <p className="truncate text-sm text-stone-600">
                {r.shopName} · {formatDate(r.at, locale, timeZone, true)}
              </p>
              {r.items.length ? (
                <p className="truncate text-xs text-stone-500">
                  {r.items.slice(0, 3).join(", ")}
                  {r.items.length > 3 ? ` ${t("more", { count: r.items.length - 3 })}` : ""}
                </p>
              ) : null}
              {r.orderId ? (
                <Link href={`/customer/orders/${r.orderId}`} className="text-sm text-brand-700 underline">
                  {r.kind === "ORDER" ? t("orderLink") : t("fromOrder")}
                </Link>
              ) : null}
            </div>
            <p
              className={`shrink-0 font-semibold tabular-nums ${AMOUNT_TONE[r.kind]} ${r.voided ? "line-through" : ""}`}
            >
              {formatPaise(r.amountPaise, locale)}
            </p>
          </li>
        ))}
      </ul>
      {page.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-between gap-2 text-sm">
          {page.page > 1 ? (
            <Link rel="prev" href={href(page.page - 1)} className="rounded-lg px-3 py-1.5 ring-1 ring-stone-300">
              {t("prev")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-stone-600">{t("page", { page: page.page, pages: page.pageCount })}</span>
          {page.page < page.pageCount ? (
            <Link rel="next" href={href(page.page + 1)} className="rounded-lg px-3 py-1.5 ring-1 ring-stone-300">
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}

export function HistoryListSkeleton() {
  return (
    <div className="flex flex-col gap-2" aria-busy="true">
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} className="h-16" />
      ))}
    </div>
  );
}
