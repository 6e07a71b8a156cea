import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ShopFilters } from "@/components/shops/shop-filters";
import { ShopList, ShopListSkeleton } from "@/components/shops/shop-list";
import { requireRolePage } from "@/lib/auth/session";
import { allShopCategories, shopFilterFrom } from "@/lib/queries/shops";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ShopsPage({ searchParams }: Props) {
  const [, t, params] = await Promise.all([requireRolePage("CUSTOMER"), getTranslations("shops"), searchParams]);
  const filter = shopFilterFrom(params);
  const categories = await allShopCategories();
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      <ShopFilters filter={filter} categories={categories} />
      <Suspense key={JSON.stringify(filter)} fallback={<ShopListSkeleton />}>
        <ShopList filter={filter} />
      </Suspense>
    </div>
  );
}
