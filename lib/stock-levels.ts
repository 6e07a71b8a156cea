// The one low-stock definition, for every screen (home, inventory filter, reorder list,
// analytics): "out" at 0 or below (an offline oversell can go below), "low" above 0 and at
// or under the product's own threshold. The two are always counted apart. Stock is in
// milli-units (Product.stockMilli); the threshold is in whole units.
import { Prisma } from "@/lib/generated/prisma/client";

export type StockState = "in_stock" | "low" | "out";

/** SQL over the "Product" columns: out of stock. */
export const OUT_OF_STOCK_SQL = Prisma.sql`"stockMilli" <= 0`;
/** SQL over the "Product" columns: low, not out. */
export const LOW_STOCK_SQL = Prisma.sql`("stockMilli" > 0 AND "stockMilli" <= "lowStockThreshold" * 1000)`;
/** SQL over the "Product" columns: either (what the reorder list and alerts show). */
export const NEEDS_STOCK_SQL = Prisma.sql`"stockMilli" <= "lowStockThreshold" * 1000`;

export function stockState(stockMilli: number, lowStockThreshold: number): StockState {
  if (stockMilli <= 0) return "out";
  return stockMilli <= lowStockThreshold * 1000 ? "low" : "in_stock";
}
