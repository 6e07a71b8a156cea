import { getTranslations } from "next-intl/server";
import { EmptyState, Skeleton } from "@/components/ui/card";
import { SkeletonRows } from "@/components/ui/page-skeleton";
import { Pager } from "@/components/ui/pager";
import { DomainError } from "@/lib/domain/errors";
import type { SalesPage } from "@/lib/queries/sales-history";
import { getSalesPage, type SalesView } from "@/lib/queries/sales";
import { salesHref } from "./sales-href";
import { SalesTable } from "./sales-table";
import { SalesTotals } from "./sales-totals";

const isFiltered = (v: SalesView) => Boolean(v.from || v.to || v.method || v.type || v.customerId || v.q);

/** Totals, the CSV download and one page of rows for the filter. */
export async function SalesList({
  merchantId,
  timeZone,
  view,
}: {
  merchantId: string;
  timeZone: string;
  view: SalesView;
}) {
  const t = await getTranslations("sales");
  let data: SalesPage;
  try {
    data = await getSalesPage(merchantId, view, timeZone);
  } catch (err) {
    // A filter the rules refuse is the shopkeeper's to fix, not a crash.
    if (err instanceof DomainError && err.code === "invalid_input") return <EmptyState title={t("noMatch")} />;
    throw err;
  }
  const pages = Math.max(1, Math.ceil(data.totals.count / data.pageSize));
  return (
    <div className="flex flex-col gap-4">
      <SalesTotals totals={data.totals} type={view.type} />
      <div className="flex justify-end">
        {/* A plain link: the file is a download, not a page to navigate to. */}
        <a
          href={salesHref(view, {}, "/merchant/sales/export")}
          download
          className="rounded-lg px-4 py-2.5 font-medium text-stone-800 ring-1 ring-stone-300 hover:bg-stone-100"
        >
          {t("export")}
        </a>
      </div>
      {data.rows.length === 0 ? (
        <EmptyState title={isFiltered(view) ? t("noMatch") : t("empty")}>
          {isFiltered(view) ? null : t("emptyBody")}
        </EmptyState>
      ) : (
        <SalesTable rows={data.rows} view={view} timeZone={timeZone} />
      )}
      <Pager
        label={t("pager.label")}
        pageOf={t("pager.pageOf", { page: data.page, pages })}
        previous={t("pager.previous")}
        next={t("pager.next")}
        prevHref={data.page > 1 ? salesHref(view, { page: Math.min(data.page - 1, pages) }) : null}
        nextHref={data.hasMore ? salesHref(view, { page: data.page + 1 }) : null}
      />
    </div>
  );
}

export function SalesListSkeleton() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Skeleton className="h-28" />
        <Skeleton className="h-28 lg:col-span-2" />
      </div>
      <SkeletonRows count={7} className="h-12" />
    </div>
  );
}
