// Inventory rules: the catalogue, stock adjustments and categories. Product.stock is the
// cached sum of its StockMovement deltas: every change writes both in one transaction.
// Nothing is hard-deleted except a product that never moved (deleteProduct).
import { db, type Tx } from "@/lib/db";
import { productTaxData } from "./product-tax";
import { DomainError, isUniqueViolation, notFound } from "@/lib/domain/errors";
import { writeAudit } from "./audit";
import { productSelect, toProductDto, type ProductDto } from "@/lib/domain/product-dto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MAX_STOCK_MILLI, fitsUnit, formatQuantity, toMilli } from "@/lib/quantity";
import { parseOrThrow } from "@/lib/validation/common";
import {
  categoryName,
  productInput,
  productUpdate,
  stockAdjustment,
  type ProductInput,
  type ProductUpdate,
  type StockAdjustment,
} from "@/lib/validation/product";

export {
  listProducts,
  lowStockList,
  productsCsv,
  reorderCsv,
  type ProductList,
  type ReorderLine,
} from "@/lib/domain/inventory-list";
export type { ProductDto, StockState } from "@/lib/domain/product-dto";

// Local audit writer (lib/domain/audit.ts belongs to the sales work; same row shape).
async function audit(
  tx: Tx,
  actorId: string | null,
  merchantId: string,
  action: string,
  entityId: string,
  before: Prisma.InputJsonValue | null,
  after: Prisma.InputJsonValue | null,
) {
  await writeAudit(tx, { actorId, merchantId, action, entity: "Product", entityId, before, after });
}

/** The shop's spelling of `category` (matched case-insensitively), or invalid_input. */
export async function resolveCategory(tx: Tx, merchantId: string, category: string): Promise<string> {
  const m = await tx.merchant.findUnique({ where: { id: merchantId }, select: { categories: true } });
  if (!m) throw notFound("Shop not found");
  const found = m.categories.find((c) => c.toLowerCase() === category.trim().toLowerCase());
  if (!found) {
    const message = `"${category}" is not one of this shop's categories`;
    throw new DomainError("invalid_input", message, { category: message });
  }
  return found;
}

function duplicateError(field: "sku" | "barcode", code: string, other: { name: string; archivedAt: Date | null }) {
  const message = `${field === "sku" ? "SKU" : "Barcode"} ${code} is already used by ${other.name}${other.archivedAt ? " (archived)" : ""}`;
  return new DomainError("duplicate", message, { [field]: message }, { field, code });
}

/** SKU and barcode are unique per shop; say which product holds one already. */
async function assertCodesFree(
  tx: Tx | typeof db,
  merchantId: string,
  codes: { sku?: string | null; barcode?: string | null },
  exceptId?: string,
) {
  for (const field of ["sku", "barcode"] as const) {
    const code = codes[field];
    if (!code) continue;
    const other = await tx.product.findFirst({
      where: { merchantId, [field]: code, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
      select: { name: true, archivedAt: true },
    });
    if (other) throw duplicateError(field, code, other);
  }
}

/** A unique violation raced past the pre-check: find the holder for a friendly message. */
async function mapUniqueViolation(
  err: unknown,
  merchantId: string,
  codes: { sku?: string | null; barcode?: string | null },
  exceptId?: string,
): Promise<never> {
  if (!isUniqueViolation(err)) throw err;
  await assertCodesFree(db, merchantId, codes, exceptId);
  throw new DomainError("duplicate", "That SKU or barcode is already used by another product");
}

export async function createProduct(merchantId: string, actorUserId: string, input: ProductInput): Promise<ProductDto> {
  const data = parseOrThrow(productInput, input);
  const openingMilli = toMilli(data.stock)!;
  if (!fitsUnit(openingMilli, data.unit))
    throw new DomainError("invalid_input", "Whole units only", { stock: "quantity_whole" });
  try {
    return await db.$transaction(async (tx) => {
      const category = await resolveCategory(tx, merchantId, data.category);
      await assertCodesFree(tx, merchantId, data);
      const p = await tx.product.create({
        data: {
          merchantId,
          name: data.name,
          category,
          pricePaise: data.pricePaise,
          costPaise: data.costPaise ?? null,
          stockMilli: openingMilli,
          unit: data.unit,
          sku: data.sku ?? null,
          barcode: data.barcode ?? null,
          lowStockThreshold: data.lowStockThreshold,
          ...(await productTaxData(tx, merchantId, data)),
        },
        select: productSelect,
      });
      // Opening stock is a movement like any other, so sum(quantityMilli) == stockMilli from day one.
      if (openingMilli > 0) {
        await tx.stockMovement.create({
          data: {
            merchantId,
            productId: p.id,
            quantityMilli: openingMilli,
            reason: "INITIAL",
            createdById: actorUserId,
          },
        });
      }
      await audit(tx, actorUserId, merchantId, "product.create", p.id, null, {
        name: p.name,
        pricePaise: p.pricePaise,
        stock: p.stockMilli / 1000,
        sku: p.sku,
      });
      return toProductDto(p);
    });
  } catch (err) {
    return mapUniqueViolation(err, merchantId, data);
  }
}

export async function updateProduct(
  merchantId: string,
  productId: string,
  patch: ProductUpdate,
  actorUserId: string | null = null,
): Promise<ProductDto> {
  const data = parseOrThrow(productUpdate, patch);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.product.findFirst({ where: { id: productId, merchantId }, select: productSelect });
      if (!before) throw notFound("Product not found");
      const category = data.category === undefined ? undefined : await resolveCategory(tx, merchantId, data.category);
      await assertCodesFree(tx, merchantId, { sku: data.sku, barcode: data.barcode }, productId);
      const after = await tx.product.update({
        where: { id: productId, merchantId },
        data: {
          name: data.name,
          category,
          pricePaise: data.pricePaise,
          costPaise: data.costPaise,
          unit: data.unit,
          sku: data.sku,
          barcode: data.barcode,
          lowStockThreshold: data.lowStockThreshold,
          ...(await productTaxData(tx, merchantId, data)),
        },
        select: productSelect,
      });
      const changed = (Object.keys(data) as (keyof typeof data & keyof typeof before)[]).filter(
        (k) => data[k] !== undefined && before[k] !== after[k],
      );
      if (changed.length) {
        const pick = (p: typeof before) => Object.fromEntries(changed.map((k) => [k, p[k] as Prisma.InputJsonValue]));
        await audit(tx, actorUserId, merchantId, "product.update", productId, pick(before), pick(after));
      }
      return toProductDto(after);
    });
  } catch (err) {
    return mapUniqueViolation(err, merchantId, { sku: data.sku, barcode: data.barcode }, productId);
  }
}

async function setArchived(
  merchantId: string,
  actorUserId: string,
  productId: string,
  archived: boolean,
): Promise<ProductDto> {
  return db.$transaction(async (tx) => {
    const before = await tx.product.findFirst({ where: { id: productId, merchantId }, select: { archivedAt: true } });
    if (!before) throw notFound("Product not found");
    // Already in the wanted state: nothing to do (a double click is not an error).
    if ((before.archivedAt !== null) === archived) {
      return toProductDto(await tx.product.findUniqueOrThrow({ where: { id: productId }, select: productSelect }));
    }
    const p = await tx.product.update({
      where: { id: productId, merchantId },
      data: { archivedAt: archived ? new Date() : null },
      select: productSelect,
    });
    await audit(
      tx,
      actorUserId,
      merchantId,
      archived ? "product.archive" : "product.restore",
      productId,
      { archivedAt: before.archivedAt?.toISOString() ?? null },
      { archivedAt: p.archivedAt?.toISOString() ?? null },
    );
    return toProductDto(p);
  });
}

/** Hide from sale and lists; history (sales, orders, movements) keeps pointing at it. */
export const archiveProduct = (merchantId: string, actorUserId: string, productId: string) =>
  setArchived(merchantId, actorUserId, productId, true);
export const restoreProduct = (merchantId: string, actorUserId: string, productId: string) =>
  setArchived(merchantId, actorUserId, productId, false);

/** Only a product created by mistake: nothing but its opening stock ever happened to it. */
export async function deleteProduct(merchantId: string, actorUserId: string, productId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    // Lock the row: a sale or order that would touch it waits and then finds nothing.
    const locked = await tx.$queryRaw<
      { name: string }[]
    >`SELECT "name" FROM "Product" WHERE "id" = ${productId} AND "merchantId" = ${merchantId} FOR UPDATE`;
    if (!locked.length) throw notFound("Product not found");
    const [moves, orderItems, saleItems] = await Promise.all([
      tx.stockMovement.count({ where: { productId, merchantId, reason: { not: "INITIAL" } } }),
      tx.orderItem.count({ where: { productId } }),
      tx.transactionItem.count({ where: { productId } }),
    ]);
    if (moves + orderItems + saleItems > 0) {
      throw new DomainError("conflict", `${locked[0]!.name} has sales or stock history: archive it instead`);
    }
    await tx.stockMovement.deleteMany({ where: { productId, merchantId } });
    await tx.product.delete({ where: { id: productId } });
    await audit(tx, actorUserId, merchantId, "product.delete", productId, { name: locked[0]!.name }, null);
  });
}

export type StockAdjustResult = { productId: string; stock: number; movementId: string };

export async function adjustStock(
  merchantId: string,
  actorUserId: string,
  input: StockAdjustment,
): Promise<StockAdjustResult> {
  const data = parseOrThrow(stockAdjustment, input);
  const deltaMilli = toMilli(data.delta)!;
  return db.$transaction(async (tx) => {
    const unit = await tx.product.findFirst({ where: { id: data.productId, merchantId }, select: { unit: true } });
    if (!unit) throw notFound("Product not found");
    if (!fitsUnit(deltaMilli, unit.unit))
      throw new DomainError("invalid_input", "Whole units only", { delta: "quantity_whole" });
    // One conditional UPDATE: concurrent adjustments and sales cannot drive stock below zero.
    const rows = await tx.product.updateManyAndReturn({
      // ...nor above MAX_STOCK (an adjustment past it overflowed into a 500 before).
      where: { id: data.productId, merchantId, stockMilli: { gte: -deltaMilli, lte: MAX_STOCK_MILLI - deltaMilli } },
      data: { stockMilli: { increment: deltaMilli } },
      select: { stockMilli: true },
    });
    if (!rows.length) {
      const p = await tx.product.findFirst({ where: { id: data.productId, merchantId }, select: { stockMilli: true } });
      if (!p) throw notFound("Product not found");
      const message =
        p.stockMilli + deltaMilli > MAX_STOCK_MILLI
          ? `stock cannot go above ${formatQuantity(MAX_STOCK_MILLI, unit.unit)} (now ${formatQuantity(p.stockMilli, unit.unit)})`
          : `stock cannot go below zero (now ${formatQuantity(p.stockMilli, unit.unit)})`;
      throw new DomainError(
        "invalid_input",
        message,
        { delta: message },
        { productId: data.productId, available: p.stockMilli / 1000 },
      );
    }
    const after = rows[0]!.stockMilli / 1000;
    const m = await tx.stockMovement.create({
      data: {
        merchantId,
        productId: data.productId,
        quantityMilli: deltaMilli,
        reason: data.reason,
        note: data.note ?? null,
        createdById: actorUserId,
      },
      select: { id: true },
    });
    await audit(
      tx,
      actorUserId,
      merchantId,
      "stock.adjust",
      data.productId,
      { stock: (rows[0]!.stockMilli - deltaMilli) / 1000 },
      { stock: after, delta: data.delta, reason: data.reason, note: data.note ?? null },
    );
    return { productId: data.productId, stock: after, movementId: m.id };
  });
}

/** Scanner / SKU box at the counter: barcode first, then SKU; exact match, active products. */
export async function findByCode(
  merchantId: string,
  code: string,
  opts: { includeArchived?: boolean } = {},
): Promise<ProductDto | null> {
  const c = code.trim();
  if (!c || c.length > 64) return null;
  const active = opts.includeArchived ? {} : { archivedAt: null };
  const p =
    (await db.product.findFirst({ where: { merchantId, barcode: c, ...active }, select: productSelect })) ??
    (await db.product.findFirst({ where: { merchantId, sku: c, ...active }, select: productSelect }));
  return p ? toProductDto(p) : null;
}

export type StockMovementDto = {
  id: string;
  /** Signed milli-units. */
  quantityMilli: number;
  reason: string;
  note: string | null;
  refId: string | null;
  createdById: string | null;
  createdAt: Date;
};

/** Movements newest first (at most `limit`); product.stock is their sum. */
export async function stockHistory(merchantId: string, productId: string, opts: { limit?: number } = {}) {
  const product = await db.product.findFirst({
    where: { id: productId, merchantId },
    select: { id: true, name: true, stockMilli: true, unit: true },
  });
  if (!product) throw notFound("Product not found");
  const movements: StockMovementDto[] = await db.stockMovement.findMany({
    where: { merchantId, productId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(opts.limit ?? 500, 1), 5000),
    select: {
      id: true,
      quantityMilli: true,
      reason: true,
      note: true,
      refId: true,
      createdById: true,
      createdAt: true,
    },
  });
  return { product, movements };
}

export async function getCategories(merchantId: string): Promise<string[]> {
  const m = await db.merchant.findUnique({ where: { id: merchantId }, select: { categories: true } });
  if (!m) throw notFound("Shop not found");
  return m.categories;
}

/** Append a category unless one with the same name (any case) exists; returns the new list. */
export async function addCategory(merchantId: string, name: string): Promise<string[]> {
  const c = parseOrThrow(categoryName, name);
  // One statement, so two tabs adding the same name cannot both succeed.
  const rows = await db.$queryRaw<{ categories: string[] }[]>`
    UPDATE "Merchant" SET "categories" = array_append("categories", ${c}), "updatedAt" = ${new Date()}
    WHERE "id" = ${merchantId} AND NOT EXISTS (SELECT 1 FROM unnest("categories") AS x(v) WHERE lower(x.v) = lower(${c}))
    RETURNING "categories"`;
  if (rows.length) return rows[0]!.categories;
  const existing = await getCategories(merchantId); // not_found when the shop does not exist
  const message = `Category "${c}" already exists`;
  throw new DomainError("duplicate", message, { name: message }, { categories: existing });
}
