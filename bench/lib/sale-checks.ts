// After a drill: is every acknowledged sale there exactly once, and is every sale whole
// (its items add up, its stock movements match its lines, stock equals opening + movements)?
import type pg from "pg";

export type SaleAudit = {
  salesInDb: number;
  ackedMissing: number;
  ackedWrongId: number;
  duplicateClientIds: number;
  halfWritten: number;
  stockMismatches: number;
  unknownExtra: number;
};

/**
 * acked: clientId -> sale id the app acknowledged. attempted: every clientId ever sent
 * (a sale in the database must be one of them). openingStock: stock before the drill.
 */
export async function auditSales(
  pool: pg.Pool,
  merchantId: string,
  acked: Map<string, string>,
  attempted: Set<string>,
  openingStock: number,
): Promise<SaleAudit> {
  const { rows: sales } = await pool.query<{ id: string; clientId: string }>(
    `SELECT "id", "clientId" FROM "Transaction" WHERE "merchantId" = $1 AND "type" IN ('SALE', 'CREDIT_SALE')`,
    [merchantId],
  );
  const byClient = new Map<string, string[]>();
  for (const s of sales) byClient.set(s.clientId, [...(byClient.get(s.clientId) ?? []), s.id]);
  let ackedMissing = 0;
  let ackedWrongId = 0;
  for (const [clientId, saleId] of acked) {
    const ids = byClient.get(clientId);
    if (!ids) ackedMissing++;
    else if (!ids.includes(saleId)) ackedWrongId++;
  }
  const duplicateClientIds = [...byClient.values()].filter((ids) => ids.length > 1).length;
  const unknownExtra = [...byClient.keys()].filter((c) => !attempted.has(c)).length;

  // A sale is whole when: its items sum to its amount, and for each product line there is one
  // SALE movement of minus that quantity (same transaction, so all or nothing).
  const {
    rows: [bad],
  } = await pool.query<{ n: number }>(
    `
    WITH s AS (SELECT "id", "amountPaise" FROM "Transaction" WHERE "merchantId" = $1 AND "type" IN ('SALE', 'CREDIT_SALE')),
    i AS (SELECT "transactionId" AS id, sum("lineTotalPaise") AS total, count(*) AS lines,
                 sum("quantityMilli") FILTER (WHERE "productId" IS NOT NULL) AS qty, count("productId") AS product_lines
          FROM "TransactionItem" WHERE "transactionId" IN (SELECT "id" FROM s) GROUP BY 1),
    m AS (SELECT "refId" AS id, count(*) AS moves, -sum("quantityMilli") AS qty
          FROM "StockMovement" WHERE "merchantId" = $1 AND "reason" = 'SALE' GROUP BY 1)
    SELECT count(*)::int AS n FROM s LEFT JOIN i USING (id) LEFT JOIN m USING (id)
    WHERE i.id IS NULL OR i.total <> s."amountPaise"
       OR coalesce(m.moves, 0) <> i.product_lines OR coalesce(m.qty, 0) <> coalesce(i.qty, 0)`,
    [merchantId],
  );
  const {
    rows: [orphans],
  } = await pool.query<{ n: number }>(
    `
    SELECT count(*)::int AS n FROM "StockMovement" m
    WHERE m."merchantId" = $1 AND m."reason" = 'SALE' AND NOT EXISTS (SELECT 1 FROM "Transaction" t WHERE t."id" = m."refId")`,
    [merchantId],
  );
  const {
    rows: [stock],
  } = await pool.query<{ n: number }>(
    `
    SELECT count(*)::int AS n FROM "Product" p
    WHERE p."merchantId" = $1 AND p."stockMilli" <> $2 * 1000 + coalesce((SELECT sum(m."quantityMilli") FROM "StockMovement" m WHERE m."productId" = p."id"), 0)`,
    [merchantId, openingStock],
  );
  return {
    salesInDb: sales.length,
    ackedMissing,
    ackedWrongId,
    duplicateClientIds,
    halfWritten: bad!.n + orphans!.n,
    stockMismatches: stock!.n,
    unknownExtra,
  };
}

export const auditClean = (a: SaleAudit) =>
  a.ackedMissing + a.ackedWrongId + a.duplicateClientIds + a.halfWritten + a.stockMismatches + a.unknownExtra === 0;
