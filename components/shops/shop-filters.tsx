import { getTranslations } from "next-intl/server";
import { FilterForm, SearchField, SelectField } from "@/components/ui/filter-form";
import type { ShopFilter } from "@/lib/queries/shops";

/** Find a shop by name, area (or city / PIN) and what it sells: a GET form, the URL is the state. */
export async function ShopFilters({ filter, categories }: { filter: ShopFilter; categories: string[] }) {
  const t = await getTranslations("shops.filters");
  return (
    <FilterForm action="/customer/shops" apply={t("search")} clear={t("clear")}>
      <SearchField label={t("name")} value={filter.q} hint={t("nameHint")} className="min-w-48 flex-1" />
      <SearchField label={t("area")} name="area" value={filter.area} hint={t("areaHint")} className="min-w-40" />
      <SelectField
        label={t("category")}
        name="category"
        value={filter.category}
        options={[["", t("allCategories")], ...categories.map((c) => [c, c] as const)]}
      />
    </FilterForm>
  );
}
