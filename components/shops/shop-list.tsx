import { joinAddress } from "@/lib/address";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState, Skeleton } from "@/components/ui/card";
import { Pager, pageLinks } from "@/components/ui/pager";
import { withParams } from "@/lib/list-url";
import { getShops, type ShopFilter } from "@/lib/queries/shops";

/** One page of shops as cards; each opens the shop's products. */
export async function ShopList({ filter }: { filter: ShopFilter }) {
  const [list, t] = await Promise.all([getShops(filter), getTranslations("shops.list")]);
  const filtered = !!(filter.q || filter.area || filter.category);
  if (!list.items.length) {
    return (
      <EmptyState title={filtered ? t("noMatch") : t("empty")}>
        {filtered ? (
          <Link href="/customer/shops" className="text-brand-700 underline">
            {t("showAll")}
          </Link>
        ) : null}
      </EmptyState>
    );
  }
  const href = (page: number) =>
    withParams("/customer/shops", { q: filter.q, area: filter.area, category: filter.category, page });
  return (
    <div className="flex flex-col gap-3">
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {list.items.map((s) => (
          <li key={s.id}>
            <Link
              href={`/customer/shops/${s.id}`}
              data-testid="shop-card"
              className="flex h-full flex-col gap-1 rounded-xl bg-white p-4 ring-1 ring-stone-200 hover:ring-2 hover:ring-brand-500"
            >
              <span className="text-lg font-semibold text-stone-900">{s.shopName}</span>
              <span className="text-sm text-stone-600">{joinAddress([s.addressLine, s.area, s.city])}</span>
              <span className="mt-auto pt-2 text-sm font-medium text-brand-700">{t("open")}</span>
            </Link>
          </li>
        ))}
      </ul>
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

export function ShopListSkeleton() {
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true">
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} className="h-28" />
      ))}
    </div>
  );
}
