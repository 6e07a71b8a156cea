import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { AddToCart, type CartProduct } from "@/components/cart/add-to-cart";
import { CartSync } from "@/components/cart/cart-sync";
import { EmptyState, Skeleton } from "@/components/ui/card";
import { Pager, pageLinks } from "@/components/ui/pager";
import type { ShopProductDto } from "@/lib/domain/orders";
import { withParams } from "@/lib/list-url";
import { formatPaise } from "@/lib/money";
import type { ShopProductFilter } from "@/lib/queries/shops";

type Page = { items: ShopProductDto[]; page: number; pageCount: number };

/** A shop's products grouped by category, with availability and "Add". */
export async function ProductGrid({ shopId, filter, list }: { shopId: string; filter: ShopProductFilter; list: Page }) {
  const [t, tu, locale] = await Promise.all([
    getTranslations("shops.shop"),
    getTranslations("inventory.units"),
    getLocale(),
  ]);
  if (!list.items.length) {
    const filtered = !!(filter.q || filter.category);
    return (
      <EmptyState title={filtered ? t("noMatch") : t("noProducts")}>
        {filtered ? (
          <Link href={`/customer/shops/${shopId}`} className="text-brand-700 underline">
            {t("showAll")}
          </Link>
        ) : null}
      </EmptyState>
    );
  }
  const products: CartProduct[] = list.items.map((p) => ({
    id: p.id,
    name: p.name,
    pricePaise: p.pricePaise,
    unit: p.unit,
    availability: p.availability,
    left: p.left,
  }));
  // Group this page by category, keeping the shop's order (in stock first, then by name) inside each.
  const groups = new Map<string, ShopProductDto[]>();
  for (const p of list.items) groups.set(p.category, [...(groups.get(p.category) ?? []), p]);
  const href = (page: number) =>
    withParams(`/customer/shops/${shopId}`, { q: filter.q, category: filter.category, page });
  return (
    <div className="flex flex-col gap-5">
      <CartSync shopId={shopId} products={products} />
      {[...groups].map(([category, items]) => (
        <section key={category} aria-label={category} className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold capitalize">{category}</h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((p) => (
              <li
                key={p.id}
                data-testid="shop-product"
                className={`flex items-center justify-between gap-3 rounded-xl bg-white p-3 ring-1 ring-stone-200 ${p.availability === "out" ? "opacity-70" : ""}`}
              >
                <div className="min-w-0">
                  <p className="font-medium">{p.name}</p>
                  <p className="text-sm text-stone-600 tabular-nums">
                    {t("pricePer", { price: formatPaise(p.pricePaise, locale), unit: tu(p.unit) })}
                  </p>
                  {p.availability === "low" && p.left !== null ? (
                    <p className="text-xs font-medium text-amber-800">{t("onlyLeft", { left: p.left })}</p>
                  ) : null}
                  {p.availability === "out" ? (
                    <p className="text-xs font-medium text-red-700">{t("outOfStock")}</p>
                  ) : null}
                </div>
                <AddToCart shopId={shopId} product={products.find((x) => x.id === p.id)!} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Pager
        label={t("pager")}
        pageOf={t("pageOf", { page: list.page, pages: list.pageCount })}
        previous={t("previous")}
        next={t("next")}
        {...pageLinks(list.page, list.pageCount, href)}
      />
    </div>
  );
}

export function ProductGridSkeleton() {
  return (
    <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true">
      {Array.from({ length: 9 }, (_, i) => (
        <Skeleton key={i} className="h-20" />
      ))}
    </div>
  );
}
