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

/** A rupee amount typed as text ("12.50"), shown from paise; no browser autofill. */
function MoneyField({ paise, ...props }: { paise?: number | null } & React.ComponentProps<typeof Field>) {
  return <Field inputMode="decimal" autoComplete="off" defaultValue={rupeesText(paise ?? null)} {...props} />;
}

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
      <MoneyField
        name="price"
        label={t("price")}
        required
        placeholder={t("priceHint")}
        paise={defaults.pricePaise}
        error={errors.pricePaise}
      />
      <MoneyField
        name="cost"
        label={t("cost")}
        hint={t("costHint")}
        paise={defaults.costPaise}
        error={errors.costPaise}
      />
      <MoneyField
        name="mrp"
        label={tg("mrp")}
        hint={tg("mrpHint")}
        paise={defaults.mrpPaise}
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
