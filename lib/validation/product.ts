// Schemas for the catalogue: products, stock adjustments and the inventory list. Domain
// functions in lib/domain/inventory.ts parse with these again, so a rule holds for every caller.
import { z } from "zod";
import { toMilli } from "@/lib/quantity";
import { entityId } from "./common";
import { gstRatePercent, hsnCode } from "./shop-gst";

export const P = {
  nameRequired: "product_name_required",
  nameTooLong: "product_name_too_long",
  categoryRequired: "product_category_required",
  categoryTooLong: "product_category_too_long",
  priceInvalid: "product_price_invalid",
  priceTooLarge: "product_price_too_large",
  stockInvalid: "product_stock_invalid",
  codeTooLong: "product_code_too_long",
  thresholdInvalid: "product_threshold_invalid",
  unitInvalid: "product_unit_invalid",
  deltaInvalid: "product_delta_invalid",
  deltaTooLarge: "product_delta_too_large",
  receivedNegative: "product_received_negative",
  damagedPositive: "product_damaged_positive",
  reasonInvalid: "product_reason_invalid",
  noteTooLong: "product_note_too_long",
} as const;

export const UNITS = ["PIECE", "KG", "G", "LITRE", "ML", "PACK", "DOZEN"] as const;
export const STOCK_ADJUST_REASONS = ["RECEIVED", "DAMAGED", "COUNT_CORRECTION", "RETURNED"] as const;
/** ₹10,00,000 in paise: the most a single product can cost. */
export const MAX_PRICE_PAISE = 100_000_000;
// 1,000,000 units = 1e9 milli-units: stockMilli stays inside a 32-bit Int (lib/quantity.ts).
export const MAX_STOCK = 1_000_000;
export const MAX_STOCK_DELTA = 1_000_000;

export const unit = z.enum(UNITS, { error: P.unitInvalid });
export const productName = z
  .string({ error: P.nameRequired })
  .trim()
  .min(1, { error: P.nameRequired })
  .max(120, { error: P.nameTooLong });
/** A category name; whether it is one of the shop's categories is checked in the domain. */
export const categoryName = z
  .string({ error: P.categoryRequired })
  .trim()
  .min(1, { error: P.categoryRequired })
  .max(40, { error: P.categoryTooLong });
const pricePaise = z
  .number({ error: P.priceInvalid })
  .int({ error: P.priceInvalid })
  .min(0, { error: P.priceInvalid })
  .max(MAX_PRICE_PAISE, { error: P.priceTooLarge });
/** Units as a decimal (12.5 kg); at most 3 decimals. Whole for countable units: the domain checks. */
const stock = z
  .number({ error: P.stockInvalid })
  .refine((n) => toMilli(n) !== null, { error: P.stockInvalid })
  .min(0, { error: P.stockInvalid })
  .max(MAX_STOCK, { error: P.stockInvalid });
const threshold = z
  .number({ error: P.thresholdInvalid })
  .int({ error: P.thresholdInvalid })
  .min(0, { error: P.thresholdInvalid })
  .max(MAX_STOCK, { error: P.thresholdInvalid });
/** SKU / barcode: trimmed, 1-64; a blank field means "none". */
const code = z.string().trim().max(64, { error: P.codeTooLong });
const optionalCode = code.optional().transform((v) => (v ? v : undefined));
/** In a patch: absent = unchanged, "" or null = clear. */
const patchCode = code
  .nullable()
  .optional()
  .transform((v) => (v === "" ? null : v));

/** GST fields: HSN/SAC, rate in percent (a rate of the shop's list), printed MRP. null clears. */
const taxFields = {
  hsn: hsnCode.nullable().optional(),
  gstRate: gstRatePercent.nullable().optional(),
  mrpPaise: pricePaise.nullable().optional(),
};

export const productInput = z.object({
  name: productName,
  category: categoryName,
  pricePaise,
  costPaise: pricePaise.nullable().optional(),
  /** Opening stock only: later changes go through stockAdjustment (a StockMovement each). */
  stock: stock.default(0),
  unit: unit.default("PIECE"),
  sku: optionalCode,
  barcode: optionalCode,
  lowStockThreshold: threshold.default(5),
  ...taxFields,
});

export const productUpdate = z.object({
  name: productName.optional(),
  category: categoryName.optional(),
  pricePaise: pricePaise.optional(),
  costPaise: pricePaise.nullable().optional(),
  unit: unit.optional(),
  sku: patchCode,
  barcode: patchCode,
  lowStockThreshold: threshold.optional(),
  ...taxFields,
});

export const stockAdjustment = z
  .object({
    productId: entityId,
    delta: z
      .number({ error: P.deltaInvalid })
      .refine((d) => toMilli(d) !== null, { error: P.deltaInvalid })
      .refine((d) => d !== 0, { error: P.deltaInvalid })
      .refine((d) => Math.abs(d) <= MAX_STOCK_DELTA, { error: P.deltaTooLarge }),
    reason: z.enum(STOCK_ADJUST_REASONS, { error: P.reasonInvalid }),
    note: z
      .string()
      .trim()
      .max(200, { error: P.noteTooLong })
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine((v, ctx) => {
    // The reason says which way stock moved; a "received" that removes stock is a typo.
    if ((v.reason === "RECEIVED" || v.reason === "RETURNED") && v.delta < 0)
      ctx.addIssue({ code: "custom", path: ["delta"], message: P.receivedNegative });
    if (v.reason === "DAMAGED" && v.delta > 0)
      ctx.addIssue({ code: "custom", path: ["delta"], message: P.damagedPositive });
  });

/** From URL search params: every field optional, numbers coerced. */
export const productListQuery = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => (v ? v : undefined)),
  category: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => (v ? v : undefined)),
  status: z.enum(["active", "archived", "all"]).default("active"),
  stock: z.enum(["all", "low", "out"]).default("all"),
  sort: z.enum(["name", "price", "stock", "updated"]).default("name"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export type ProductInput = z.input<typeof productInput>;
export type ProductUpdate = z.input<typeof productUpdate>;
export type StockAdjustment = z.input<typeof stockAdjustment>;
export type ProductListQuery = z.input<typeof productListQuery>;
