import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ShopFilter } from "@/lib/queries/shops";

const control = "rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base font-normal outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100";
const label = "flex flex-col gap-1 text-sm font-medium text-stone-800";

/** Find a shop by name, area (or city / PIN) and what it sells: a GET form, the URL is the state. */
export async function ShopFilters({ filter, categories }: { filter: ShopFilter; categories: string[] }) {
  const t = await getTranslations("shops.filters");
  return (
    <Form action="/customer/shops" role="search" className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-3 ring-1 ring-stone-200">
      <label className={`${label} min-w-48 flex-1`}>
        {t("name")}
        <input type="search" name="q" defaultValue={filter.q ?? ""} placeholder={t("nameHint")} autoComplete="off" className={control} />
      </label>
      <label className={`${label} min-w-40`}>
        {t("area")}
        <input type="search" name="area" defaultValue={filter.area ?? ""} placeholder={t("areaHint")} autoComplete="off" className={control} />
      </label>
      <label className={label}>
        {t("category")}
        <select name="category" defaultValue={filter.category ?? ""} className={control}>
          <option value="">{t("allCategories")}</option>
          {categories.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <div className="flex gap-2">
        <button type="submit" className="rounded-lg bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">{t("search")}</button>
        <Link href="/customer/shops" className="rounded-lg px-4 py-2.5 text-stone-700 ring-1 ring-stone-300 hover:bg-stone-100">{t("clear")}</Link>
      </div>
    </Form>
  );
}
