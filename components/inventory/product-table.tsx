import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState, Skeleton } from "@/components/ui/card";
import { SkeletonRows } from "@/components/ui/page-skeleton";
import { Pager, pageLinks } from "@/components/ui/pager";
import { Table } from "@/components/ui/table";
import { withParams } from "@/lib/list-url";
import { getProductList, type InventoryFilter } from "@/lib/queries/inventory";
import { ProductRow } from "./product-row";

/** The URL of the list with this filter (defaults left out, so links stay short). */
export function inventoryHref(f: InventoryFilter, page = f.page) {
  return withParams("/merchant/inventory", {
    q: f.q,
    category: f.category,
    status: f.status === "active" ? undefined : f.status,
    stock: f.stock === "all" ? undefined : f.stock,
    sort: f.sort === "name" ? undefined : f.sort,
    dir: f.dir === "asc" ? undefined : f.dir,
    page,
  });
}

/** One server-rendered page of products (LIMIT/OFFSET on indexed columns: fast at 20,000). */
export async function ProductTable({
  merchantId,
  filter,
  categories,
}: {
  merchantId: string;
  filter: InventoryFilter;
  categories: string[];
}) {
  const [list, t] = await Promise.all([getProductList(merchantId, filter), getTranslations("inventory.list")]);
  const filtered = !!(filter.q || filter.category || filter.stock !== "all" || filter.status !== "active");
  if (!list.items.length) {
    return (
      <EmptyState title={filtered ? t("noMatch") : t("empty")}>
        {filtered ? (
          <Link href="/merchant/inventory" className="text-brand-700 underline">
            {t("clearFilters")}
          </Link>
        ) : (
          t("emptyBody")
        )}
      </EmptyState>
    );
  }
  const page = Math.min(list.page, list.pageCount);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-stone-600" data-testid="product-count">
        {t("count", { count: list.total })}
      </p>
      <Table
        columns={[
          { label: t("col.name") },
          { label: t("col.category"), hideBelow: "md" },
          { label: t("col.price"), align: "right" },
          { label: t("col.stock"), align: "right" },
          { label: t("col.threshold"), align: "right", hideBelow: "sm" },
          { label: <span className="sr-only">{t("col.actions")}</span> },
        ]}
      >
        {list.items.map((p) => (
          <ProductRow key={`${p.id}:${p.updatedAt.getTime()}`} product={p} categories={categories} />
        ))}
      </Table>
      <Pager
        label={t("pager")}
        pageOf={t("pageOf", { page, pages: list.pageCount })}
        previous={t("previous")}
        next={t("next")}
        {...pageLinks(page, list.pageCount, (p) => inventoryHref(filter, p))}
      />
    </div>
  );
}

export function ProductTableSkeleton() {
  return (
    <div className="flex flex-col gap-2" aria-busy="true">
      <Skeleton className="h-5 w-40" />
      <SkeletonRows count={8} className="h-12" />
    </div>
  );
}
