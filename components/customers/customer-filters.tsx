import { getTranslations } from "next-intl/server";
import { FilterForm, SearchField, SelectField } from "@/components/ui/filter-form";
import type { CustomerListFilter } from "@/lib/queries/customers";

const SORTS = [
  ["due", "sortDue"],
  ["name", "sortName"],
  ["recent", "sortRecent"],
] as const;

/** Search and sort as a GET form: the URL holds the state, and a new search starts at page 1. */
export async function CustomerFilters({ filter }: { filter: CustomerListFilter }) {
  const t = await getTranslations("customers.filters");
  return (
    <FilterForm action="/merchant/customers" apply={t("apply")} clear={t("clear")}>
      <SearchField label={t("search")} value={filter.q} hint={t("searchHint")} className="min-w-56 flex-1" />
      <SelectField
        label={t("sort")}
        name="sort"
        value={filter.sort}
        options={SORTS.map(([value, key]) => [value, t(key)] as const)}
      />
    </FilterForm>
  );
}
