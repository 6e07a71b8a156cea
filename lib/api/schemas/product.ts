// Products in the API: the inventory form's own schemas (productInput / productUpdate) with
// the unit as a lower-case word, and the catalogue row as JSON.
import { z } from "zod";
import { listQuery } from "@/lib/api/pagination";
import type { ProductDto } from "@/lib/domain/product-dto";
import { productInput, productUpdate, type ProductInput, type ProductUpdate } from "@/lib/validation/product";
import { apiUnit, iso, isoOrNull, isoString, queryBoolean, toApiUnit, toDbUnit, API_UNITS } from "./enums";

export const productCreateBody = productInput
  .extend({ unit: apiUnit.optional().describe("Default piece") })
  .transform((v): ProductInput => ({ ...v, unit: v.unit && toDbUnit(v.unit) }));

export const productPatchBody = productUpdate
  .extend({
    unit: apiUnit.optional(),
    archived: z.boolean().optional().describe("false restores an archived product; true archives it (same as DELETE)"),
  })
  .transform(({ archived, ...v }): { patch: ProductUpdate; archived?: boolean } => ({
    patch: { ...v, unit: v.unit && toDbUnit(v.unit) },
    archived,
  }));

export const productListQuery = listQuery.extend({
  q: z.string().trim().max(100).optional().describe("Name contains, or an exact SKU or barcode"),
  category: z.string().trim().max(40).optional().describe("One of the shop's categories (any case)"),
  lowStock: queryBoolean
    .optional()
    .describe("true: only products at or under their low-stock level (out of stock included)"),
  status: z.enum(["active", "archived", "all"]).default("active"),
});

export const productSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  pricePaise: z.number().int(),
  costPaise: z.number().int().nullable(),
  stock: z.number().describe("Up to 3 decimals for loose goods (12.5 kg)"),
  unit: z.enum(API_UNITS),
  sku: z.string().nullable(),
  barcode: z.string().nullable(),
  lowStockThreshold: z.number().int(),
  hsn: z.string().nullable().describe("HSN/SAC code"),
  gstRate: z.number().nullable().describe("GST rate in percent (5, 18, 0.25); null = 0 %"),
  mrpPaise: z.number().int().nullable().describe("Printed MRP of one unit"),
  aboveMrp: z.boolean().describe("pricePaise is above mrpPaise: selling above the MRP is an offence"),
  stockState: z.enum(["in_stock", "low", "out"]),
  archived: z.boolean(),
  archivedAt: isoString.nullable(),
  createdAt: isoString,
  updatedAt: isoString,
});
export type ApiProduct = z.infer<typeof productSchema>;

export const toApiProduct = (p: ProductDto): ApiProduct => ({
  id: p.id,
  name: p.name,
  category: p.category,
  pricePaise: p.pricePaise,
  costPaise: p.costPaise,
  stock: p.stock,
  unit: toApiUnit(p.unit),
  sku: p.sku,
  barcode: p.barcode,
  lowStockThreshold: p.lowStockThreshold,
  hsn: p.hsn,
  gstRate: p.gstRateBp === null ? null : p.gstRateBp / 100,
  mrpPaise: p.mrpPaise,
  aboveMrp: p.mrpPaise !== null && p.pricePaise > p.mrpPaise,
  stockState: p.stockState,
  archived: p.archivedAt !== null,
  archivedAt: isoOrNull(p.archivedAt),
  createdAt: iso(p.createdAt),
  updatedAt: iso(p.updatedAt),
});
