// Stock moves, one way for everyone: every change of a product's stock is one UPDATE on the
// product row plus one StockMovement row saying why. Rows are locked in product-id order
// everywhere (checkout, counter, cancel, void), so two writers never wait on each other in
// opposite orders (no deadlock). Quantities are integer milli-units (loose goods: 0.25 kg = 250).
import "server-only";
import type { Tx } from "@/lib/db";
import type { StockReason } from "@/lib/generated/prisma/enums";
import { formatQuantity } from "@/lib/quantity";
import { DomainError } from "./errors";

export type StockLine = { productId: string; quantityMilli: number };
type Ref = { merchantId: string; reason: StockReason; refId: string | null; actorId: string | null };

/** Lines added up per product, in lock order (product id ascending). */
function inLockOrder(lines: readonly StockLine[]): StockLine[] {
  const qty = new Map<string, number>();
  for (const l of lines) qty.set(l.productId, (qty.get(l.productId) ?? 0) + l.quantityMilli);
  return [...qty]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([productId, quantityMilli]) => ({ productId, quantityMilli }));
}

async function record(tx: Tx, ref: Ref, lines: readonly StockLine[], sign: 1 | -1) {
  if (!lines.length) return;
  await tx.stockMovement.createMany({
    data: lines.map((l) => ({
      merchantId: ref.merchantId,
      productId: l.productId,
      quantityMilli: sign * l.quantityMilli,
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
      UPDATE "Product" SET "stockMilli" = "stockMilli" + ${l.quantityMilli}, "updatedAt" = now()
       WHERE "id" = ${l.productId} AND "merchantId" = ${ref.merchantId}`;
  }
  await record(tx, ref, ordered, 1);
}

/**
 * Goods off the shelf, each line one conditional UPDATE (stock never goes below zero): a short
 * line is refused with "Only N left" unless `allowShort` (an offline counter sale: the goods
 * already left, recorded as an exception). Returns whether any line went short. `listedOnly`
 * (an online order): an archived product is refused as no longer sold, in the same UPDATE.
 */
export async function takeStock(
  tx: Tx,
  ref: Ref,
  lines: readonly (StockLine & { name: string; unit: string })[],
  opts: { allowShort?: boolean; field?: string; listedOnly?: boolean } = {},
): Promise<{ short: boolean }> {
  // Sorted, not added up: each line is its own movement (as the bill shows it).
  const ordered = [...lines].sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));
  let short = false;
  for (const l of ordered) {
    const n = await tx.$executeRaw`
      UPDATE "Product" SET "stockMilli" = "stockMilli" - ${l.quantityMilli}, "updatedAt" = now()
       WHERE "id" = ${l.productId} AND "merchantId" = ${ref.merchantId} AND "stockMilli" >= ${l.quantityMilli}
         AND (${!opts.listedOnly} OR "archivedAt" IS NULL)`;
    if (n === 1) continue;
    if (!opts.allowShort) {
      const p = await tx.product.findFirst({
        where: { id: l.productId, merchantId: ref.merchantId },
        select: { stockMilli: true, archivedAt: true },
      });
      if (opts.listedOnly && (!p || p.archivedAt))
        throw new DomainError("invalid_input", `${l.name} is no longer sold here`, undefined, {
          productId: l.productId,
        });
      throw shortOf(l, Math.max(0, p?.stockMilli ?? 0), opts.field);
    }
    short = true;
    await tx.$executeRaw`
      UPDATE "Product" SET "stockMilli" = "stockMilli" - ${l.quantityMilli}, "updatedAt" = now()
       WHERE "id" = ${l.productId} AND "merchantId" = ${ref.merchantId}`;
  }
  await record(tx, ref, ordered, -1);
  return { short };
}

/** "Only 0.25 kg left": English for the API and logs; `fields` a message key; details.available in units. */
export function shortOf(l: { productId: string; name: string; unit: string }, availableMilli: number, field?: string) {
  const left = formatQuantity(availableMilli, l.unit);
  const message = availableMilli > 0 ? `Only ${left} left of ${l.name}` : `${l.name} is out of stock`;
  const fields = field ? { [field]: availableMilli > 0 ? "stock_only_left" : "stock_out" } : undefined;
  return new DomainError("insufficient_stock", message, fields, {
    productId: l.productId,
    available: availableMilli / 1000,
  });
}
