import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CartBar } from "@/components/cart/cart-bar";
import { ProductGrid } from "@/components/shops/product-grid";
import { ProductSearch } from "@/components/shops/product-search";
import { requireRolePage } from "@/lib/auth/session";
import { getShopProducts, shopProductFilterFrom } from "@/lib/queries/shops";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ShopPage({ params, searchParams }: Props) {
  const [, { id }, sp, t] = await Promise.all([
    requireRolePage("CUSTOMER"),
    params,
    searchParams,
    getTranslations("shops.shop"),
  ]);
  const filter = shopProductFilterFrom(sp);
  const data = await getShopProducts(id, filter);
  // No such shop, or its owner's account is disabled.
  if (!data) notFound();
  return (
    <div className="flex flex-col gap-4">
      <Link href="/customer/shops" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{data.shop.shopName}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      <ProductSearch shopId={data.shop.id} filter={filter} categories={data.shop.categories} />
      <ProductGrid shopId={data.shop.id} filter={filter} list={data} />
      <CartBar shopId={data.shop.id} />
    </div>
  );
}
