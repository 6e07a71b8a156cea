import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Pager, withParams } from "@/components/customers/pager";
import { EmptyState, Skeleton } from "@/components/ui/card";
import { getProductList, type InventoryFilter } from "@/lib/queries/inventory";
import { ProductRow } from "./product-row";

/** The URL of the list with this filter (defaults left out, so links stay short). */
export function inventoryHref(f: InventoryFilter, page = f.page) {
  return withParams("/merchant/inventory", {
    q: f.q, category: f.category, status: f.status === "active" ? undefined : f.status, stock: f.stock === "all" ? undefined : f.stock,
    sort: f.sort === "name" ? undefined : f.sort, dir: f.dir === "asc" ? undefined : f.dir, page,
  });
}

/** One server-rendered page of products (LIMIT/OFFSET on indexed columns: fast at 20,000). */
export async function ProductTable({ merchantId, filter, categories }: { merchantId: string; filter: InventoryFilter; categories: string[] }) {
  const [list, t] = await Promise.all([getProductList(merchantId, filter), getTranslations("inventory.list")]);
  const filtered = !!(filter.q || filter.category || filter.stock !== "all" || filter.status !== "active");
  if (!list.items.length) {
    return (
      <EmptyState title={filtered ? t("noMatch") : t("empty")}>
        {filtered ? <Link href="/merchant/inventory" className="text-brand-700 underline">{t("clearFilters")}</Link> : t("emptyBody")}
      </EmptyState>
    );
  }
  const page = Math.min(list.page, list.pageCount);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-stone-600" data-testid="product-count">{t("count", { count: list.total })}</p>
      <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-stone-200">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-50 text-stone-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">{t("col.name")}</th>
              <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">{t("col.category")}</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">{t("col.price")}</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">{t("col.stock")}</th>
              <th scope="col" className="hidden px-3 py-2 text-right font-medium sm:table-cell">{t("col.threshold")}</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">{t("col.actions")}</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {list.items.map((p) => <ProductRow key={`${p.id}:${p.updatedAt.getTime()}`} product={p} categories={categories} />)}
          </tbody>
        </table>
      </div>
      <Pager
        label={t("pager")} pageOf={t("pageOf", { page, pages: list.pageCount })} previous={t("previous")} next={t("next")}
        prevHref={page > 1 ? inventoryHref(filter, page - 1) : null} nextHref={page < list.pageCount ? inventoryHref(filter, page + 1) : null}
      />
    </div>
  );
}

export function ProductTableSkeleton() {
  return (
    <div className="flex flex-col gap-2" aria-busy="true">
      <Skeleton className="h-5 w-40" />
      {Array.from({ length: 8 }, (_, i) => <Skeleton key={i} className="h-12" />)}
    </div>
  );
}
