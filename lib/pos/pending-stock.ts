// Stock as the counter should show it offline: the last snapshot from the server minus what
// the sales still waiting in this device's outbox took. Those sales are not on the server
// yet, so neither the snapshot nor a fresh page counts them; once they sync they leave the
// outbox and the server's own numbers take over.
import type { PosProduct } from "./pos-data";
import type { SalePayload } from "./sale-payload";

/** Quantities per product in the waiting sales. */
export function pendingQuantities(items: readonly { payload: SalePayload }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const { payload } of items)
    for (const it of payload.items ?? []) out.set(it.productId, (out.get(it.productId) ?? 0) + it.quantity);
  return out;
}

/** The products with the waiting quantities taken off (the same array when nothing waits). */
export function withPendingStock(products: PosProduct[], pending: ReadonlyMap<string, number>): PosProduct[] {
  if (pending.size === 0) return products;
  return products.map((p) => (pending.has(p.id) ? { ...p, stock: p.stock - pending.get(p.id)! } : p));
}
