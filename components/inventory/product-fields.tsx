"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { UNITS } from "@/lib/validation/product";
import { CategoryPicker } from "./category-picker";
import { rupeesText } from "./product-form-data";

export type ProductDefaults = {
  name?: string;
  category?: string;
  pricePaise?: number | null;
  costPaise?: number | null;
  unit?: string;
  sku?: string | null;
  barcode?: string | null;
  lowStockThreshold?: number;
  hsn?: string | null;
  gstRateBp?: number | null;
  mrpPaise?: number | null;
};

/**
 * The product's fields, shared by "new product" and the product page's edit form. Opening
 * stock only on create: afterwards stock changes through an adjustment with a reason.
 */
export function ProductFields({
  categories,
  defaults = {},
  errors,
  withStock,
}: {
  categories: string[];
  defaults?: ProductDefaults;
  errors: Record<string, string>;
  withStock: boolean;
}) {
  const t = useTranslations("inventory.form");
  const tu = useTranslations("inventory.units");
  const tg = useTranslations("gst.product");
  const overMrp = defaults.mrpPaise != null && defaults.pricePaise != null && defaults.pricePaise > defaults.mrpPaise;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field
        name="name"
        label={t("name")}
        required
        maxLength={120}
        autoComplete="off"
        defaultValue={defaults.name}
        error={errors.name}
        className="sm:col-span-2"
      />
      <CategoryPicker categories={categories} defaultValue={defaults.category} error={errors.category} />
      <div className="flex flex-col gap-1">
        <label htmlFor="unit" className="text-sm font-medium text-stone-800">
          {t("unit")}
        </label>
        <select
          id="unit"
          name="unit"
          defaultValue={defaults.unit ?? "PIECE"}
          className="rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base"
        >
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {tu(u)}
            </option>
          ))}
        </select>
      </div>
      <Field
        name="price"
        label={t("price")}
        inputMode="decimal"
        required
        autoComplete="off"
        placeholder={t("priceHint")}
        defaultValue={rupeesText(defaults.pricePaise ?? null)}
        error={errors.pricePaise}
      />
      <Field
        name="cost"
        label={t("cost")}
        inputMode="decimal"
        autoComplete="off"
        hint={t("costHint")}
        defaultValue={rupeesText(defaults.costPaise ?? null)}
        error={errors.costPaise}
      />
      <Field
        name="mrp"
        label={tg("mrp")}
        inputMode="decimal"
        autoComplete="off"
        hint={tg("mrpHint")}
        defaultValue={rupeesText(defaults.mrpPaise ?? null)}
        error={errors.mrpPaise ?? (overMrp ? tg("aboveMrp") : undefined)}
      />
      <Field
        name="hsn"
        label={tg("hsn")}
        inputMode="numeric"
        maxLength={8}
        autoComplete="off"
        hint={tg("hsnHint")}
        defaultValue={defaults.hsn ?? ""}
        error={errors.hsn}
      />
      <Field
        name="gstRate"
        label={tg("gstRate")}
        inputMode="decimal"
        autoComplete="off"
        hint={tg("gstRateHint")}
        defaultValue={defaults.gstRateBp == null ? "" : String(defaults.gstRateBp / 100)}
        error={errors.gstRate}
      />
      {withStock ? (
        <Field
          name="stock"
          label={t("openingStock")}
          inputMode="numeric"
          autoComplete="off"
          defaultValue="0"
          error={errors.stock}
        />
      ) : null}
      <Field
        name="lowStockThreshold"
        label={t("threshold")}
        inputMode="numeric"
        autoComplete="off"
        hint={t("thresholdHint")}
        defaultValue={String(defaults.lowStockThreshold ?? 5)}
        error={errors.lowStockThreshold}
      />
      <Field
        name="sku"
        label={t("sku")}
        maxLength={64}
        autoComplete="off"
        hint={t("skuHint")}
        defaultValue={defaults.sku ?? ""}
        error={errors.sku}
      />
      <Field
        name="barcode"
        label={t("barcode")}
        maxLength={64}
        autoComplete="off"
        defaultValue={defaults.barcode ?? ""}
        error={errors.barcode}
      />
    </div>
  );
}
