// The product as the inventory screens and the API see it: plain data, money in paise.
import type { Unit } from "@/lib/generated/prisma/client";
import { stockState, type StockState } from "@/lib/stock-levels";

export { stockState, type StockState };

export type ProductDto = {
  id: string;
  name: string;
  category: string;
  pricePaise: number;
  costPaise: number | null;
  /** Decimal units (12.5 kg) for screens and JSON; stockMilli is the exact value. */
  stock: number;
  stockMilli: number;
  unit: Unit;
  sku: string | null;
  barcode: string | null;
  lowStockThreshold: number;
  hsn: string | null;
  /** Hundredths of a percent (1800 = 18 %). */
  gstRateBp: number | null;
  mrpPaise: number | null;
  stockState: StockState;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export const productSelect = {
  id: true,
  name: true,
  category: true,
  pricePaise: true,
  costPaise: true,
  stockMilli: true,
  unit: true,
  sku: true,
  barcode: true,
  lowStockThreshold: true,
  hsn: true,
  gstRateBp: true,
  mrpPaise: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export function toProductDto(p: Omit<ProductDto, "stockState" | "stock">): ProductDto {
  return { ...p, stock: p.stockMilli / 1000, stockState: stockState(p.stockMilli, p.lowStockThreshold) };
}

/** How much to order: enough to reach twice the low-stock level, at least the level (and 1). */
export function suggestedReorderQty(stock: number, lowStockThreshold: number): number {
  // Whole units to order, also when a loose item has 0.25 kg left.
  return Math.ceil(Math.max(lowStockThreshold * 2 - stock, lowStockThreshold, 1));
}

/** Escape LIKE wildcards so a search for "50%" finds "50%", not everything. */
export function likeContains(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
