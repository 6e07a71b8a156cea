// Analytics figures that are not about a period: money owed to the shop (with FIFO aging)
// and products running out. Re-exported by lib/domain/analytics.ts.
import { db } from "@/lib/db";
import { addDays, zonedDate, zonedDayStart } from "@/lib/time";
import type { Period } from "./analytics-period";
import { notVoided } from "./analytics-sql";

export const AGE_BUCKETS = ["0-30", "31-60", "61-90", "90+"] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export type DueRow = {
  customerId: string;
  name: string;
  phone: string | null;
  duePaise: number;
  /** Days since the oldest credit sale not yet settled (FIFO), in the shop's calendar. */
  ageDays: number;
  bucket: AgeBucket;
  /** Shop-local date (YYYY-MM-DD) of that oldest unsettled credit sale. */
  oldestDate: string;
  /** Credit sales still (partly) unpaid. */
  openBills: number;
};

export type OutstandingDues = {
  totalPaise: number;
  customers: number;
  /** The unpaid part of each credit sale, by that sale's age: the buckets add up to totalPaise. */
  buckets: Record<AgeBucket, { amountPaise: number; bills: number }>;
  top: DueRow[];
};

export const bucketOf = (ageDays: number): AgeBucket => (ageDays <= 30 ? "0-30" : ageDays <= 60 ? "31-60" : ageDays <= 90 ? "61-90" : "90+");

/**
 * Who owes the shop, and since when. Payments settle the oldest live credit sales first
 * (as on the customer's statement): a running total of credit sales per customer, in time
 * order, past what they have paid in all, marks the bills still open, and the first such
 * bill gives the age of the due. A customer who paid more than they owe (an advance after
 * a void) owes nothing and is left out. Not tied to the period: dues are as of `now`.
 */
export async function outstandingDues(merchantId: string, period: Pick<Period, "tz">, now: Date = new Date(), limit = 10): Promise<OutstandingDues> {
  const tz = period.tz;
  const today = zonedDate(now, tz);
  // Bucket edges as instants (local midnights 30, 60 and 90 days back): a bill is at most 30
  // days old when it happened on or after the first, and so on. Comparing instants keeps the
  // zone arithmetic off the (possibly many) open bills: only the top rows are converted.
  const [d30, d60, d90] = [30, 60, 90].map((n) => zonedDayStart(addDays(today, -n), tz));
  const [r] = await db.$queryRaw<Record<string, unknown>[]>`
    WITH credit AS (
      SELECT t."customerId", t."amountPaise" AS amount, t."occurredAt",
             sum(t."amountPaise") OVER (PARTITION BY t."customerId" ORDER BY t."occurredAt", t."createdAt", t."id"
                                        ROWS UNBOUNDED PRECEDING) AS running
      FROM "Transaction" t
      WHERE t."merchantId" = ${merchantId} AND t."type" = 'CREDIT_SALE' AND t."customerId" IS NOT NULL
        AND ${notVoided(merchantId)}
    ), paid AS (
      SELECT p."customerId", sum(p."amountPaise") AS paid
      FROM "Transaction" p
      WHERE p."merchantId" = ${merchantId} AND p."type" = 'PAYMENT' AND p."customerId" IS NOT NULL
      GROUP BY 1
    ), open AS (
      SELECT c."customerId", c."occurredAt", least(c.amount, c.running - coalesce(paid.paid, 0)) AS unpaid
      FROM credit c LEFT JOIN paid ON paid."customerId" = c."customerId"
      WHERE c.running > coalesce(paid.paid, 0)
    ), per AS (
      SELECT "customerId", sum(unpaid) AS due, min("occurredAt") AS oldest, count(*) AS bills,
             sum(unpaid) FILTER (WHERE "occurredAt" >= ${d30}) AS b0, count(*) FILTER (WHERE "occurredAt" >= ${d30}) AS b0_n,
             sum(unpaid) FILTER (WHERE "occurredAt" >= ${d60} AND "occurredAt" < ${d30}) AS b1,
             count(*) FILTER (WHERE "occurredAt" >= ${d60} AND "occurredAt" < ${d30}) AS b1_n,
             sum(unpaid) FILTER (WHERE "occurredAt" >= ${d90} AND "occurredAt" < ${d60}) AS b2,
             count(*) FILTER (WHERE "occurredAt" >= ${d90} AND "occurredAt" < ${d60}) AS b2_n,
             sum(unpaid) FILTER (WHERE "occurredAt" < ${d90}) AS b3, count(*) FILTER (WHERE "occurredAt" < ${d90}) AS b3_n
      FROM open GROUP BY 1
    )
    SELECT
      (SELECT coalesce(json_agg(x ORDER BY x.due DESC, x.name, x.id), '[]'::json) FROM (
         SELECT per."customerId" AS id, c."name" AS name, c."phone" AS phone, per.due, per.bills, o.day AS oldest, ${today}::date - o.day AS age
         FROM per JOIN "Customer" c ON c."id" = per."customerId"
         CROSS JOIN LATERAL (SELECT (per.oldest AT TIME ZONE 'UTC' AT TIME ZONE ${tz})::date AS day) o
         ORDER BY per.due DESC, c."name", per."customerId" LIMIT ${limit}) x) AS top,
      count(*) AS customers, sum(due)::bigint AS total,
      sum(b0)::bigint AS b0, sum(b0_n)::bigint AS b0_n, sum(b1)::bigint AS b1, sum(b1_n)::bigint AS b1_n,
      sum(b2)::bigint AS b2, sum(b2_n)::bigint AS b2_n, sum(b3)::bigint AS b3, sum(b3_n)::bigint AS b3_n
    FROM per`;
  const n = (k: string) => Number((r?.[k] as bigint | number | null | undefined) ?? 0);
  type Json = { id: string; name: string; phone: string | null; due: number; age: number; oldest: string; bills: number };
  const top = ((r?.top ?? []) as Json[]).map((x): DueRow => ({
    customerId: x.id, name: x.name, phone: x.phone, duePaise: Number(x.due), ageDays: Number(x.age),
    bucket: bucketOf(Number(x.age)), oldestDate: x.oldest, openBills: Number(x.bills),
  }));
  const buckets = Object.fromEntries(AGE_BUCKETS.map((b, i) => [b, { amountPaise: n(`b${i}`), bills: n(`b${i}_n`) }])) as OutstandingDues["buckets"];
  return { totalPaise: n("total"), customers: n("customers"), buckets, top };
}

export type StockItem = { productId: string; name: string; category: string; unit: string; stock: number; lowStockThreshold: number; state: "out" | "low" };
export type StockAlerts = { outCount: number; lowCount: number; items: StockItem[] };

/** Active products at or under their low-stock level (out of stock first). Not tied to a period. */
export async function stockAlerts(merchantId: string, _period?: Pick<Period, "tz">, limit = 10): Promise<StockAlerts> {
  const rows = await db.$queryRaw<{ id: string; name: string; category: string; unit: string; stock: number; threshold: number; out_n: bigint; low_n: bigint }[]>`
    SELECT "id", "name", "category", "unit"::text AS unit, "stock", "lowStockThreshold" AS threshold,
           count(*) FILTER (WHERE "stock" <= 0) OVER () AS out_n,
           count(*) FILTER (WHERE "stock" > 0) OVER () AS low_n
    FROM "Product"
    WHERE "merchantId" = ${merchantId} AND "archivedAt" IS NULL AND "stock" <= "lowStockThreshold"
    ORDER BY ("stock" <= 0) DESC, "stock" - "lowStockThreshold", lower("name"), "id"
    LIMIT ${limit}`;
  return {
    outCount: Number(rows[0]?.out_n ?? 0),
    lowCount: Number(rows[0]?.low_n ?? 0),
    items: rows.map((r) => ({ productId: r.id, name: r.name, category: r.category, unit: r.unit, stock: r.stock, lowStockThreshold: r.threshold, state: r.stock <= 0 ? "out" : "low" })),
  };
}
