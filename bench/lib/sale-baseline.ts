// The floor cost of one counter sale: the database work recordSale (lib/domain/sales.ts) does
// for a walk-in cash sale of two lines, straight through pg, nothing else. The replay check,
// then ONE transaction: price the lines from the catalogue, a GuestUser row, the ledger row,
// its items, the conditional stock UPDATEs in id order, the stock movements.
// Not here (the app's own overhead): bearer-token and shop lookups, Prisma's receipt re-read,
// pg_notify for live screens, HTTP and JSON.
import crypto from "node:crypto";
import type pg from "pg";

export type BaselineLine = { productId: string; quantity: number };

const id = () => `b${crypto.randomUUID().replace(/-/g, "").slice(0, 24)}`;

export async function baselineSale(
  pool: pg.Pool,
  merchantId: string,
  actorUserId: string,
  clientId: string,
  lines: BaselineLine[],
): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query(`SELECT "id", "type" FROM "Transaction" WHERE "merchantId" = $1 AND "clientId" = $2`, [
      merchantId,
      clientId,
    ]);
    await c.query("BEGIN");
    try {
      const { rows: products } = await c.query<{ id: string; name: string; category: string; pricePaise: number }>(
        `SELECT "id", "name", "category", "pricePaise" FROM "Product" WHERE "merchantId" = $1 AND "id" = ANY($2) AND "archivedAt" IS NULL`,
        [merchantId, lines.map((l) => l.productId)],
      );
      const byId = new Map(products.map((p) => [p.id, p]));
      const priced = lines.map((l) => {
        const p = byId.get(l.productId);
        if (!p) throw new Error(`product ${l.productId} not found`);
        return { ...l, name: p.name, category: p.category, unit: p.pricePaise, total: p.pricePaise * l.quantity };
      });
      const total = priced.reduce((s, l) => s + l.total, 0);
      const guestId = id();
      await c.query(`INSERT INTO "GuestUser" ("id", "merchantId") VALUES ($1, $2)`, [guestId, merchantId]);
      const txId = id();
      await c.query(
        `INSERT INTO "Transaction" ("id", "merchantId", "type", "method", "amountPaise", "guestId", "clientId", "createdById")
         VALUES ($1, $2, 'SALE', 'CASH', $3, $4, $5, $6)`,
        [txId, merchantId, total, guestId, clientId, actorUserId],
      );
      const row = (n: number, i: number) => `(${Array.from({ length: n }, (_, k) => `$${i * n + k + 1}`).join(", ")})`;
      await c.query(
        `INSERT INTO "TransactionItem" ("id", "transactionId", "merchantId", "productId", "name", "category", "unitPricePaise", "quantityMilli", "lineTotalPaise")
         VALUES ${priced.map((_, i) => row(9, i)).join(", ")}`,
        priced.flatMap((l) => [
          id(),
          txId,
          merchantId,
          l.productId,
          l.name,
          l.category,
          l.unit,
          l.quantity * 1000,
          l.total,
        ]),
      );
      for (const l of [...priced].sort((a, b) => (a.productId < b.productId ? -1 : 1))) {
        const r = await c.query(
          `UPDATE "Product" SET "stockMilli" = "stockMilli" - $1, "updatedAt" = now() WHERE "id" = $2 AND "merchantId" = $3 AND "stockMilli" >= $1`,
          [l.quantity * 1000, l.productId, merchantId],
        );
        if (r.rowCount !== 1) throw new Error("insufficient stock");
      }
      await c.query(
        `INSERT INTO "StockMovement" ("id", "merchantId", "productId", "quantityMilli", "reason", "refId", "createdById")
         VALUES ${priced.map((_, i) => row(7, i)).join(", ")}`,
        priced.flatMap((l) => [id(), merchantId, l.productId, -l.quantity * 1000, "SALE", txId, actorUserId]),
      );
      await c.query("COMMIT");
    } catch (err) {
      await c.query("ROLLBACK").catch(() => {});
      throw err;
    }
  } finally {
    c.release();
  }
}
