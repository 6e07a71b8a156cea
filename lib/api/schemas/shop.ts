// What a customer browsing sees of a shop and its products: never cost prices, SKUs or exact
// stock above the low level (the domain's ShopProductDto already leaves them out).
import { z } from "zod";
import type { ShopDto, ShopProductDto } from "@/lib/domain/shops";
import { pagedListQuery } from "./page-cursor";
import { API_UNITS, toApiUnit } from "./enums";

export const shopListQuery = pagedListQuery.extend({
  q: z.string().max(100).optional().describe("Shop name, area or city contains"),
  area: z.string().max(100).optional().describe("Area, city or PIN code"),
  category: z.string().max(40).optional().describe("Shops selling at least one product in this category"),
});

export const shopProductsQuery = pagedListQuery.extend({
  q: z.string().max(100).optional().describe("Product name contains"),
  category: z.string().max(40).optional(),
});

export const shopSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  area: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  pinCode: z.string().nullable(),
  businessType: z.string(),
});

export const toApiShop = (s: ShopDto): z.infer<typeof shopSummarySchema> => ({
  id: s.id,
  name: s.shopName,
  address: s.addressLine,
  area: s.area,
  city: s.city,
  state: s.state,
  pinCode: s.pinCode,
  businessType: s.businessType,
});

export const shopProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  pricePaise: z.number().int(),
  unit: z.enum(API_UNITS),
  availability: z.enum(["in_stock", "low", "out"]).describe("out: cannot be ordered"),
  left: z.number().int().nullable().describe("How many are left, only when availability is low"),
});

export const toApiShopProduct = (p: ShopProductDto): z.infer<typeof shopProductSchema> => ({
  id: p.id,
  name: p.name,
  category: p.category,
  pricePaise: p.pricePaise,
  unit: toApiUnit(p.unit),
  availability: p.availability,
  left: p.left,
});
