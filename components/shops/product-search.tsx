import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { withParams } from "@/lib/list-url";
import type { ShopProductFilter } from "@/lib/queries/shops";

/** Search within the shop, and its categories as chips (each a link keeping the search). */
export async function ProductSearch({
  shopId,
  filter,
  categories,
}: {
  shopId: string;
  filter: ShopProductFilter;
  categories: string[];
}) {
  const t = await getTranslations("shops.shop");
  const base = `/customer/shops/${shopId}`;
  const chip = (active: boolean) =>
    `whitespace-nowrap rounded-full px-3 py-1.5 text-sm ring-1 ${active ? "bg-brand-600 font-medium text-white ring-brand-600" : "bg-white text-stone-700 ring-stone-300 hover:bg-stone-100"}`;
  return (
    <div className="flex flex-col gap-3">
      <Form action={base} role="search" className="flex gap-2">
        {filter.category ? <input type="hidden" name="category" value={filter.category} /> : null}
        <input
          type="search"
          name="q"
          defaultValue={filter.q ?? ""}
          aria-label={t("search")}
          placeholder={t("searchHint")}
          autoComplete="off"
          className="min-w-0 flex-1 rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
        />
        <button type="submit" className="rounded-lg bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
          {t("searchButton")}
        </button>
      </Form>
      <nav aria-label={t("categories")} className="flex gap-2 overflow-x-auto pb-1">
        <Link
          href={withParams(base, { q: filter.q })}
          aria-current={!filter.category ? "page" : undefined}
          className={chip(!filter.category)}
        >
          {t("allCategories")}
        </Link>
        {categories.map((c) => (
          <Link
            key={c}
            href={withParams(base, { q: filter.q, category: c })}
            aria-current={filter.category === c ? "page" : undefined}
            className={chip(filter.category === c)}
          >
            {c}
          </Link>
        ))}
      </nav>
    </div>
  );
}
