// Stock moves, one way for everyone: every change of a product's stock is one UPDATE on the
// product row plus one StockMovement row saying why. Rows are locked in product-id order
// everywhere (checkout, counter, cancel, void), so two writers never wait on each other in
// opposite orders (no deadlock).
import "server-only";
import type { Tx } from "@/lib/db";
import type { StockReason } from "@/lib/generated/prisma/enums";
import { insufficientStock } from "./errors";

export type StockLine = { productId: string; quantity: number };
type Ref = { merchantId: string; reason: StockReason; refId: string | null; actorId: string | null };

/** Lines added up per product, in lock order (product id ascending). */
function inLockOrder(lines: readonly StockLine[]): StockLine[] {
  const qty = new Map<string, number>();
  for (const l of lines) qty.set(l.productId, (qty.get(l.productId) ?? 0) + l.quantity);
  return [...qty]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([productId, quantity]) => ({ productId, quantity }));
}

async function record(tx: Tx, ref: Ref, lines: readonly StockLine[], sign: 1 | -1) {
  if (!lines.length) return;
  await tx.stockMovement.createMany({
    data: lines.map((l) => ({
      merchantId: ref.merchantId,
      productId: l.productId,
      delta: sign * l.quantity,
      reason: ref.reason,
      refId: ref.refId,
      createdById: ref.actorId,
    })),
  });
}

/** Goods back on the shelf (a void, a cancelled order): never refused. */
export async function returnStock(tx: Tx, ref: Ref, lines: readonly StockLine[]): Promise<void> {
  const ordered = inLockOrder(lines);
  for (const l of ordered) {
    await tx.$executeRaw`
      UPDATE "Product" SET "stock" = "stock" + ${l.quantity}, "updatedAt" = now()
       WHERE "id" = ${l.productId} AND "merchantId" = ${ref.merchantId}`;
  }
  await record(tx, ref, ordered, 1);
}

/**
 * Goods off the shelf, each line one conditional UPDATE (stock never goes below zero): a short
 * line is refused with "Only N left" unless `allowShort` (an offline counter sale: the goods
 * already left, recorded as an exception). Returns whether any line went short.
 */
export async function takeStock(
  tx: Tx,
  ref: Ref,
  lines: readonly (StockLine & { name: string })[],
  opts: { allowShort?: boolean; field?: string } = {},
): Promise<{ short: boolean }> {
  // Sorted, not added up: each line is its own movement (as the bill shows it).
  const ordered = [...lines].sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));
  let short = false;
  for (const l of ordered) {
    const n = await tx.$executeRaw`
      UPDATE "Product" SET "stock" = "stock" - ${l.quantity}, "updatedAt" = now()
       WHERE "id" = ${l.productId} AND "merchantId" = ${ref.merchantId} AND "stock" >= ${l.quantity}`;
    if (n === 1) continue;
    if (!opts.allowShort) {
      const p = await tx.product.findFirst({
        where: { id: l.productId, merchantId: ref.merchantId },
        select: { stock: true },
      });
      throw insufficientStock({ productId: l.productId, name: l.name, available: p?.stock ?? 0 }, opts.field);
    }
    short = true;
    await tx.$executeRaw`
      UPDATE "Product" SET "stock" = "stock" - ${l.quantity}, "updatedAt" = now()
       WHERE "id" = ${l.productId} AND "merchantId" = ${ref.merchantId}`;
  }
  await record(tx, ref, ordered, -1);
  return { short };
}
