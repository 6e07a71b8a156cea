// The floor cost of one counter sale: the database work recordSale (lib/domain/sales.ts) does
// for a walk-in cash sale of two lines, straight through pg, one statement per step, nothing
// else. In ONE transaction: the shop's tax settings with the cart's products, the open drawer
// shift, a GuestUser row, the ledger row, its items with their tax snapshot, the conditional
// stock UPDATEs in id order, the stock movements, the bill number from the shop's series with
// the Bill row's tax totals, the daily summary's rows (as record_sale adds them: the commit-time
// trigger is told to skip the row through summary.inline) and the live event (pg_notify). Tax is
// computed by the same pure function the app uses (lib/domain/gst-tax.ts computeBillTax).
// Not here (the app's own overhead): bearer-token and shop lookups, HTTP and JSON, the receipt.
import crypto from "node:crypto";
import type pg from "pg";
import { computeBillTax } from "../../lib/domain/gst-tax";

export type BaselineLine = { productId: string; quantity: number };

const id = () => `b${crypto.randomUUID().replace(/-/g, "").slice(0, 24)}`;

/** The bench shop charges GST (a regular shop, 5 % and 18 % goods): the sale's tax is real work. */
export async function makeShopTaxed(pool: pg.Pool, merchantId: string): Promise<void> {
  await pool.query(
    `UPDATE "Merchant" SET "gstStatus" = 'REGULAR', "gstin" = '27ABCDE1234F1Z5', "stateCode" = '27', "roundOff" = true WHERE "id" = $1`,
    [merchantId],
  );
  await pool.query(
    `UPDATE "Product" SET "gstRateBp" = CASE WHEN right("id", 1) < '5' THEN 500 ELSE 1800 END, "hsn" = '1006' WHERE "merchantId" = $1`,
    [merchantId],
  );
}

function financialYear(d: Date): string {
  const ist = new Date(d.getTime() + 330 * 60_000);
  const start = ist.getUTCMonth() >= 3 ? ist.getUTCFullYear() : ist.getUTCFullYear() - 1;
  return `${String(start % 100).padStart(2, "0")}-${String((start + 1) % 100).padStart(2, "0")}`;
}

type ShopProduct = {
  id: string;
  name: string;
  category: string;
  pricePaise: number;
  gstRateBp: number | null;
  hsn: string | null;
};

export async function baselineSale(
  pool: pg.Pool,
  merchantId: string,
  actorUserId: string,
  clientId: string,
  lines: BaselineLine[],
): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    try {
      const {
        rows: [shop],
      } = await c.query<{
        gstStatus: string;
        billPrefix: string | null;
        roundOff: boolean;
        stateCode: string | null;
        products: ShopProduct[];
      }>(
        `SELECT m."gstStatus", m."billPrefix", m."roundOff", m."stateCode",
           COALESCE((SELECT json_agg(json_build_object('id', p."id", 'name', p."name", 'category', p."category",
             'pricePaise', p."pricePaise", 'gstRateBp', p."gstRateBp", 'hsn', p."hsn"))
             FROM "Product" p WHERE p."merchantId" = m."id" AND p."id" = ANY($2) AND p."archivedAt" IS NULL), '[]') AS products
         FROM "Merchant" m WHERE m."id" = $1`,
        [merchantId, lines.map((l) => l.productId)],
      );
      const byId = new Map(shop!.products.map((p) => [p.id, p]));
      const priced = lines.map((l) => {
        const p = byId.get(l.productId);
        if (!p) throw new Error(`product ${l.productId} not found`);
        return { ...l, p, total: p.pricePaise * l.quantity };
      });
      const regular = shop!.gstStatus === "REGULAR";
      const tax = computeBillTax(
        priced.map((l) => ({ amountPaise: l.total, rateBp: l.p.gstRateBp ?? 0 })),
        { chargeTax: regular, interState: false, roundOff: shop!.roundOff },
      );
      const txId = id();
      // The shift, and the daily summary told that this sale adds itself (as record_sale does).
      const {
        rows: [shift],
      } = await c.query<{ id: string | null }>(
        `SELECT set_config('summary.inline', $2, true),
           (SELECT "id" FROM "Shift" WHERE "merchantId" = $1 AND "openCounter" = 'main') AS "id"`,
        [merchantId, txId],
      );
      const guestId = id();
      await c.query(`INSERT INTO "GuestUser" ("id", "merchantId") VALUES ($1, $2)`, [guestId, merchantId]);
      await c.query(
        `INSERT INTO "Transaction" ("id", "merchantId", "type", "method", "amountPaise", "guestId", "clientId", "createdById", "shiftId")
         VALUES ($1, $2, 'SALE', 'CASH', $3, $4, $5, $6, $7)`,
        [txId, merchantId, tax.totalPaise, guestId, clientId, actorUserId, shift?.id ?? null],
      );
      const row = (n: number, i: number) => `(${Array.from({ length: n }, (_, k) => `$${i * n + k + 1}`).join(", ")})`;
      await c.query(
        `INSERT INTO "TransactionItem" ("id", "transactionId", "merchantId", "productId", "name", "category", "unitPricePaise",
           "quantityMilli", "lineTotalPaise", "hsn", "gstRateBp", "discountPaise", "taxablePaise", "taxPaise")
         VALUES ${priced.map((_, i) => row(14, i)).join(", ")}`,
        priced.flatMap((l, i) => {
          const t = tax.lines[i]!;
          return [
            id(),
            txId,
            merchantId,
            l.productId,
            l.p.name,
            l.p.category,
            l.p.pricePaise,
            l.quantity * 1000,
            l.total,
            l.p.hsn,
            t.rateBp,
            t.discountPaise,
            t.taxablePaise,
            t.taxPaise,
          ];
        }),
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
      const series = shop!.billPrefix ?? "INV";
      const fy = financialYear(new Date());
      await c.query(
        `WITH c AS (
           INSERT INTO "BillCounter" ("merchantId", "series", "fy", "last") VALUES ($1, $2, $3, 1)
           ON CONFLICT ("merchantId", "series", "fy") DO UPDATE SET "last" = "BillCounter"."last" + 1 RETURNING "last")
         INSERT INTO "Bill" ("id", "merchantId", "transactionId", "kind", "series", "fy", "seq", "number", "issuedAt",
           "taxablePaise", "cgstPaise", "sgstPaise", "igstPaise", "roundOffPaise", "totalPaise", "rates", "placeOfSupply")
         SELECT $4, $1, $5, $6::"BillKind", $2, $3, c."last", $2 || '/' || $3 || '/' || lpad(c."last"::text, 6, '0'), now(),
           $7, $8, $9, $10, $11, $12, $13::jsonb, $14 FROM c`,
        [
          merchantId,
          series,
          fy,
          crypto.randomUUID(),
          txId,
          regular ? "TAX_INVOICE" : "BILL",
          tax.taxablePaise,
          tax.cgstPaise,
          tax.sgstPaise,
          tax.igstPaise,
          tax.roundOffPaise,
          tax.totalPaise,
          JSON.stringify(tax.rates),
          shop!.stateCode,
        ],
      );
      const event = {
        type: "sale.created",
        merchantId,
        customerUserId: null,
        id: txId,
        data: { amountPaise: tax.totalPaise, method: "CASH" },
      };
      // The summary's rows (the database's own summary_entry_add, as record_sale calls it) and the event.
      await c.query(
        `SELECT summary_entry_add($1, (SELECT (now() AT TIME ZONE m."timeZone")::date FROM "Merchant" m WHERE m."id" = $1),
           'SALE', 'CASH', NULL, $2, 1, $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[]),
           pg_notify('gramin_events', $3)`,
        [
          merchantId,
          tax.totalPaise,
          JSON.stringify({ ...event, at: new Date().toISOString() }),
          priced.map((l) => l.p.category),
          priced.map((l) => l.productId),
          priced.map((l) => l.p.name),
          priced.map((l) => l.total),
          priced.map((l) => l.quantity * 1000),
        ],
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
