// The product as the inventory screens and the API see it: plain data, money in paise.
import type { Unit } from "@/lib/generated/prisma/client";

export type StockState = "in_stock" | "low" | "out";

export type ProductDto = {
  id: string;
  name: string;
  category: string;
  pricePaise: number;
  costPaise: number | null;
  stock: number;
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
  stock: true,
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

/** "out" at 0 (or below, after an offline oversell), "low" at or under the threshold. */
export function stockState(stock: number, lowStockThreshold: number): StockState {
  if (stock <= 0) return "out";
  return stock <= lowStockThreshold ? "low" : "in_stock";
}

export function toProductDto(p: Omit<ProductDto, "stockState">): ProductDto {
  return { ...p, stockState: stockState(p.stock, p.lowStockThreshold) };
}

/** How much to order: enough to reach twice the low-stock level, at least the level (and 1). */
export function suggestedReorderQty(stock: number, lowStockThreshold: number): number {
  return Math.max(lowStockThreshold * 2 - stock, lowStockThreshold, 1);
}

/** Escape LIKE wildcards so a search for "50%" finds "50%", not everything. */
export function likeContains(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
