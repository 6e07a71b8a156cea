import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CustomerListFilter } from "@/lib/queries/customers";

const SORTS = [["due", "sortDue"], ["name", "sortName"], ["recent", "sortRecent"]] as const;
const input = "rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base font-normal outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100";

/** Search and sort as a GET form: the URL holds the state, and a new search starts at page 1. */
export async function CustomerFilters({ filter }: { filter: CustomerListFilter }) {
  const t = await getTranslations("customers.filters");
  return (
    <Form action="/merchant/customers" role="search" className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-3 ring-1 ring-stone-200">
      <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium text-stone-800">
        {t("search")}
        <input type="search" name="q" defaultValue={filter.q ?? ""} placeholder={t("searchHint")} autoComplete="off" className={input} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
        {t("sort")}
        <select name="sort" defaultValue={filter.sort} className={input}>
          {SORTS.map(([value, key]) => <option key={value} value={value}>{t(key)}</option>)}
        </select>
      </label>
      <div className="flex gap-2">
        <button type="submit" className="rounded-lg bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">{t("apply")}</button>
        <Link href="/merchant/customers" className="rounded-lg px-4 py-2.5 text-stone-700 ring-1 ring-stone-300 hover:bg-stone-100">{t("clear")}</Link>
      </div>
    </Form>
  );
}
