// Inventory reads that must stay fast at 20,000 products per shop: the filtered, sorted,
// paginated list; the reorder list; CSV exports. Indexes: migration 20261122100000_product_search.
import { db } from "@/lib/db";
import { reportsDb } from "@/lib/read-replica";
import { toCsv } from "@/lib/domain/csv";
import { likeContains, suggestedReorderQty, toProductDto, type ProductDto } from "@/lib/domain/product-dto";
import { IMPORT_COLUMNS } from "@/lib/domain/product-import";
import { Prisma, type Unit } from "@/lib/generated/prisma/client";
import { paiseToDecimalString } from "@/lib/money";
import { quantityText } from "@/lib/quantity";
import { LOW_STOCK_SQL, NEEDS_STOCK_SQL, OUT_OF_STOCK_SQL } from "@/lib/stock-levels";
import { parseOrThrow } from "@/lib/validation/common";
import { productListQuery, type ProductListQuery } from "@/lib/validation/product";

export type ProductList = { items: ProductDto[]; total: number; page: number; pageSize: number; pageCount: number };

type ProductRow = Omit<ProductDto, "stockState" | "stock">;

const COLUMNS = Prisma.sql`"id", "name", "category", "pricePaise", "costPaise", "stockMilli", "unit"::text AS "unit", "sku", "barcode", "lowStockThreshold", "archivedAt", "createdAt", "updatedAt"`;

// Whitelisted sort expressions (never interpolate user input into ORDER BY).
const SORTS = {
  name: Prisma.sql`lower("name")`,
  price: Prisma.sql`"pricePaise"`,
  stock: Prisma.sql`"stockMilli"`,
  updated: Prisma.sql`"updatedAt"`,
} as const;

export async function listProducts(merchantId: string, query: ProductListQuery = {}): Promise<ProductList> {
  const q = parseOrThrow(productListQuery, query);
  const where: Prisma.Sql[] = [Prisma.sql`"merchantId" = ${merchantId}`];
  if (q.status === "active") where.push(Prisma.sql`"archivedAt" IS NULL`);
  if (q.status === "archived") where.push(Prisma.sql`"archivedAt" IS NOT NULL`);
  // Categories are stored in the shop's own spelling (resolveCategory), so equality is exact.
  if (q.category) where.push(Prisma.sql`"category" = ${q.category}`);
  if (q.stock === "low") where.push(LOW_STOCK_SQL);
  if (q.stock === "out") where.push(OUT_OF_STOCK_SQL);
  // Name substring (trigram index), or an exact SKU / barcode (unique indexes).
  if (q.q) where.push(Prisma.sql`("name" ILIKE ${likeContains(q.q)} OR "sku" = ${q.q} OR "barcode" = ${q.q})`);
  const cond = Prisma.join(where, " AND ");
  const dir = q.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const offset = (q.page - 1) * q.pageSize;
  const [rows, count] = await Promise.all([
    db.$queryRaw<
      ProductRow[]
    >`SELECT ${COLUMNS} FROM "Product" WHERE ${cond} ORDER BY ${SORTS[q.sort]} ${dir}, "id" ${dir} LIMIT ${q.pageSize} OFFSET ${offset}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS "n" FROM "Product" WHERE ${cond}`,
  ]);
  const total = Number(count[0]?.n ?? 0);
  return {
    items: rows.map(toProductDto),
    total,
    page: q.page,
    pageSize: q.pageSize,
    pageCount: Math.max(1, Math.ceil(total / q.pageSize)),
  };
}

export type ReorderLine = {
  id: string;
  name: string;
  category: string;
  sku: string | null;
  unit: Unit;
  stock: number;
  stockMilli: number;
  lowStockThreshold: number;
  costPaise: number | null;
  suggestedQty: number;
  state: "low" | "out";
};

/** Active products at or under their low-stock level, out of stock first, then by name. */
export async function lowStockList(merchantId: string): Promise<ReorderLine[]> {
  const rows = await db.$queryRaw<(Omit<ReorderLine, "suggestedQty" | "state" | "stock"> & { stockMilli: number })[]>`
    SELECT "id", "name", "category", "sku", "unit"::text AS "unit", "stockMilli", "lowStockThreshold", "costPaise"
    FROM "Product"
    WHERE "merchantId" = ${merchantId} AND "archivedAt" IS NULL AND ${NEEDS_STOCK_SQL}
    ORDER BY ("stockMilli" <= 0) DESC, lower("name"), "id"`;
  return rows.map(({ stockMilli, ...r }) => ({
    ...r,
    stock: stockMilli / 1000,
    stockMilli,
    suggestedQty: suggestedReorderQty(stockMilli / 1000, r.lowStockThreshold),
    state: stockMilli <= 0 ? "out" : "low",
  }));
}

export async function reorderCsv(merchantId: string): Promise<string> {
  const lines = await lowStockList(merchantId);
  return toCsv(
    ["sku", "name", "category", "unit", "stock", "low_stock_threshold", "suggested_qty", "cost"],
    lines.map((l) => [
      l.sku,
      l.name,
      l.category,
      l.unit,
      quantityText(l.stockMilli),
      l.lowStockThreshold,
      l.suggestedQty,
      l.costPaise === null ? "" : paiseToDecimalString(l.costPaise),
    ]),
  );
}

/** Every active product, in the same columns product-import reads: export, edit, re-import. */
export async function productsCsv(merchantId: string): Promise<string> {
  // An export may be a few seconds old: it reads the replica when one is close enough behind.
  const rows = await (
    await reportsDb()
  ).product.findMany({
    where: { merchantId, archivedAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      sku: true,
      name: true,
      category: true,
      pricePaise: true,
      costPaise: true,
      stockMilli: true,
      unit: true,
      barcode: true,
      lowStockThreshold: true,
      hsn: true,
      gstRateBp: true,
      mrpPaise: true,
    },
  });
  // The import's own columns, in its order: an export reads back in unchanged.
  return toCsv(
    [...IMPORT_COLUMNS],
    rows.map((r) => [
      r.sku,
      r.name,
      r.category,
      paiseToDecimalString(r.pricePaise),
      r.costPaise === null ? "" : paiseToDecimalString(r.costPaise),
      quantityText(r.stockMilli),
      r.unit,
      r.barcode,
      r.lowStockThreshold,
      r.hsn,
      r.gstRateBp === null ? "" : r.gstRateBp / 100,
      r.mrpPaise === null ? "" : paiseToDecimalString(r.mrpPaise),
    ]),
  );
}

/** Ids of products at or under their low-stock level (out included): Prisma cannot compare a
 * column with another column times 1000, so the API's lowStock filter asks here. */
export async function lowStockIds(merchantId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Product"
    WHERE "merchantId" = ${merchantId} AND "stockMilli" <= "lowStockThreshold" * 1000`;
  return rows.map((r) => r.id);
}
