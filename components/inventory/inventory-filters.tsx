import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { InventoryFilter } from "@/lib/queries/inventory";
import { BarcodeScanButton } from "./barcode-scan-button";

const control = "rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base font-normal outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100";
const label = "flex flex-col gap-1 text-sm font-medium text-stone-800";

/** Search, category, stock, status and sort as a GET form: the URL is the state; a new search starts at page 1. */
export async function InventoryFilters({ filter, categories }: { filter: InventoryFilter; categories: string[] }) {
  const t = await getTranslations("inventory.filters");
  return (
    <Form action="/merchant/inventory" role="search" className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-3 ring-1 ring-stone-200">
      <div className="flex min-w-64 flex-1 items-end gap-2">
        <label className={`${label} flex-1`}>
          {t("search")}
          <input type="search" name="q" defaultValue={filter.q ?? ""} placeholder={t("searchHint")} autoComplete="off" className={control} />
        </label>
        <BarcodeScanButton />
      </div>
      <label className={label}>
        {t("category")}
        <select name="category" defaultValue={filter.category ?? ""} className={control}>
          <option value="">{t("allCategories")}</option>
          {categories.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <label className={label}>
        {t("stock")}
        <select name="stock" defaultValue={filter.stock} className={control}>
          <option value="all">{t("stockAll")}</option>
          <option value="low">{t("stockLow")}</option>
          <option value="out">{t("stockOut")}</option>
        </select>
      </label>
      <label className={label}>
        {t("status")}
        <select name="status" defaultValue={filter.status} className={control}>
          <option value="active">{t("statusActive")}</option>
          <option value="archived">{t("statusArchived")}</option>
          <option value="all">{t("statusAll")}</option>
        </select>
      </label>
      <label className={label}>
        {t("sort")}
        <select name="sort" defaultValue={filter.sort} className={control}>
          <option value="name">{t("sortName")}</option>
          <option value="price">{t("sortPrice")}</option>
          <option value="stock">{t("sortStock")}</option>
          <option value="updated">{t("sortUpdated")}</option>
        </select>
      </label>
      <label className={label}>
        {t("dir")}
        <select name="dir" defaultValue={filter.dir} className={control}>
          <option value="asc">{t("dirAsc")}</option>
          <option value="desc">{t("dirDesc")}</option>
        </select>
      </label>
      <div className="flex gap-2">
        <button type="submit" className="rounded-lg bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">{t("apply")}</button>
        <Link href="/merchant/inventory" className="rounded-lg px-4 py-2.5 text-stone-700 ring-1 ring-stone-300 hover:bg-stone-100">{t("clear")}</Link>
      </div>
    </Form>
  );
}
