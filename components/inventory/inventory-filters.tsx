import { getTranslations } from "next-intl/server";
import { FilterForm, SearchField, SelectField } from "@/components/ui/filter-form";
import type { InventoryFilter } from "@/lib/queries/inventory";
import { BarcodeScanButton } from "./barcode-scan-button";

/** Search, category, stock, status and sort as a GET form: the URL is the state; a new search starts at page 1. */
export async function InventoryFilters({ filter, categories }: { filter: InventoryFilter; categories: string[] }) {
  const t = await getTranslations("inventory.filters");
  return (
    <FilterForm action="/merchant/inventory" apply={t("apply")} clear={t("clear")}>
      <div className="flex min-w-64 flex-1 items-end gap-2">
        <SearchField label={t("search")} value={filter.q} hint={t("searchHint")} className="flex-1" />
        <BarcodeScanButton />
      </div>
      <SelectField
        label={t("category")}
        name="category"
        value={filter.category}
        options={[["", t("allCategories")], ...categories.map((c) => [c, c] as const)]}
      />
      <SelectField
        label={t("stock")}
        name="stock"
        value={filter.stock}
        options={[
          ["all", t("stockAll")],
          ["low", t("stockLow")],
          ["out", t("stockOut")],
        ]}
      />
      <SelectField
        label={t("status")}
        name="status"
        value={filter.status}
        options={[
          ["active", t("statusActive")],
          ["archived", t("statusArchived")],
          ["all", t("statusAll")],
        ]}
      />
      <SelectField
        label={t("sort")}
        name="sort"
        value={filter.sort}
        options={[
          ["name", t("sortName")],
          ["price", t("sortPrice")],
          ["stock", t("sortStock")],
          ["updated", t("sortUpdated")],
        ]}
      />
      <SelectField
        label={t("dir")}
        name="dir"
        value={filter.dir}
        options={[
          ["asc", t("dirAsc")],
          ["desc", t("dirDesc")],
        ]}
      />
    </FilterForm>
  );
}
