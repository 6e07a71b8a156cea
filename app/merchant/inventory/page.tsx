import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { InventoryFilters } from "@/components/inventory/inventory-filters";
import { NewProductDialog } from "@/components/inventory/new-product-dialog";
import { ProductTable, ProductTableSkeleton } from "@/components/inventory/product-table";
import { requireMerchantPage } from "@/lib/auth/session";
import { getShopCategories, inventoryFilterFrom, productIdByCode } from "@/lib/queries/inventory";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const linkButton = "rounded-lg px-4 py-2.5 font-medium text-stone-800 ring-1 ring-stone-300 hover:bg-stone-100";

export default async function InventoryPage({ searchParams }: Props) {
  const [{ merchant }, t, params] = await Promise.all([
    requireMerchantPage(),
    getTranslations("inventory"),
    searchParams,
  ]);
  const filter = inventoryFilterFrom(params);
  // A typed or scanned barcode / SKU that is exactly one product's: go straight to it.
  if (filter.q && filter.page === 1) {
    const id = await productIdByCode(merchant.id, filter.q);
    if (id) redirect(`/merchant/inventory/${id}`);
  }
  const categories = await getShopCategories(merchant.id);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-stone-600">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <NewProductDialog categories={categories} />
          <Link href="/merchant/inventory/reorder" className={linkButton}>
            {t("reorderLink")}
          </Link>
          <Link href="/merchant/inventory/import" className={linkButton}>
            {t("importLink")}
          </Link>
          <a href="/merchant/inventory/export" download className={linkButton}>
            {t("exportLink")}
          </a>
        </div>
      </div>
      <InventoryFilters filter={filter} categories={categories} />
      {/* Keyed by the filter so a new search shows the skeleton, not the stale page. */}
      <Suspense key={JSON.stringify(filter)} fallback={<ProductTableSkeleton />}>
        <ProductTable merchantId={merchant.id} filter={filter} categories={categories} />
      </Suspense>
    </div>
  );
}
