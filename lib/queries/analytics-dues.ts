// Analytics figures that are not about a period: money owed to the shop (with FIFO aging)
// and products running out. Re-exported by lib/queries/analytics.ts.
// No "server-only" here: bench/analytics-scale.ts times these queries from plain Node.
import { reportsDb } from "@/lib/read-replica";
import { Prisma } from "@/lib/generated/prisma/client";
import { LOW_STOCK_SQL, NEEDS_STOCK_SQL, OUT_OF_STOCK_SQL } from "@/lib/stock-levels";
import { addDays, zonedDate, zonedDayStart } from "@/lib/time";
import type { Period } from "@/lib/domain/analytics-period";
import { notVoided } from "@/lib/ledger-sql";

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
  buckets: Record<AgeBucket, { amountPaise: number }>;
  top: DueRow[];
};

export const bucketOf = (ageDays: number): AgeBucket =>
  ageDays <= 30 ? "0-30" : ageDays <= 60 ? "31-60" : ageDays <= 90 ? "61-90" : "90+";

/** A customer's live (not voided) credit sales. Alias t. */
const creditSales = (merchantId: string) => Prisma.sql`
  "Transaction" t WHERE t."merchantId" = ${merchantId} AND t."type" = 'CREDIT_SALE' AND t."customerId" IS NOT NULL AND ${notVoided(merchantId)}`;

/**
 * Who owes the shop, and since when. Payments settle the oldest live credit sales first (as
 * on the customer's statement), so what is still unpaid is always the newest bills worth the
 * due D. Hence, with N(x) = credit sales since instant x, the unpaid part of bills newer than
 * x is min(N(x), D): the aging buckets need only per-customer sums, no per-bill pass. Only
 * for the top rows is the oldest unpaid bill found, walking that customer's bills newest
 * first until they cover the due. A customer who paid more than they owe (an advance after
 * a void) owes nothing and is left out. Not tied to the period: dues are as of `now`.
 */
export async function outstandingDues(
  merchantId: string,
  period: Pick<Period, "tz">,
  now: Date = new Date(),
  limit = 10,
): Promise<OutstandingDues> {
  const db = await reportsDb();
  const tz = period.tz;
  const today = zonedDate(now, tz);
  // Local midnights 30, 60 and 90 days back: a bill on or after the first is at most 30 days old.
  const [d30, d60, d90] = [30, 60, 90].map((n) => zonedDayStart(addDays(today, -n), tz));
  const [r] = await db.$queryRaw<Record<string, unknown>[]>`
    WITH credit AS (
      SELECT t."customerId", sum(t."amountPaise") AS credit,
             coalesce(sum(t."amountPaise") FILTER (WHERE t."occurredAt" >= ${d30}), 0) AS n30,
             coalesce(sum(t."amountPaise") FILTER (WHERE t."occurredAt" >= ${d60}), 0) AS n60,
             coalesce(sum(t."amountPaise") FILTER (WHERE t."occurredAt" >= ${d90}), 0) AS n90
      FROM ${creditSales(merchantId)}
      GROUP BY 1
    ), paid AS (
      SELECT p."customerId", sum(p."amountPaise") AS paid
      FROM "Transaction" p
      WHERE p."merchantId" = ${merchantId} AND p."type" = 'PAYMENT' AND p."customerId" IS NOT NULL
      GROUP BY 1
    ), dues AS (
      SELECT c.*, c.credit - coalesce(paid.paid, 0) AS due
      FROM credit c LEFT JOIN paid ON paid."customerId" = c."customerId"
      WHERE c.credit > coalesce(paid.paid, 0)
    ), top AS (
      SELECT d."customerId", d.due, cu."name", cu."phone"
      FROM dues d JOIN "Customer" cu ON cu."id" = d."customerId"
      ORDER BY d.due DESC, cu."name", d."customerId" LIMIT ${limit}
    )
    SELECT
      (SELECT coalesce(json_agg(x ORDER BY x.due DESC, x.name, x.id), '[]'::json) FROM (
         SELECT top."customerId" AS id, top."name" AS name, top."phone" AS phone, top.due, o.bills,
                to_char(o.day, 'YYYY-MM-DD') AS oldest, ${today}::date - o.day AS age
         FROM top CROSS JOIN LATERAL (
           -- Newest first, the first bill at which the running total reaches the due is the oldest unpaid one.
           SELECT (b."occurredAt" AT TIME ZONE 'UTC' AT TIME ZONE ${tz})::date AS day, b.n AS bills
           FROM (
             SELECT t."occurredAt", t."createdAt", t."id",
                    sum(t."amountPaise") OVER w AS newer, row_number() OVER w AS n
             FROM ${creditSales(merchantId)} AND t."customerId" = top."customerId"
             WINDOW w AS (ORDER BY t."occurredAt" DESC, t."createdAt" DESC, t."id" DESC ROWS UNBOUNDED PRECEDING)
           ) b
           WHERE b.newer >= top.due
           ORDER BY b."occurredAt" DESC, b."createdAt" DESC, b."id" DESC LIMIT 1
         ) o) x) AS top,
      count(*) AS customers,
      sum(due)::bigint AS total,
      sum(least(n30, due))::bigint AS b0,
      sum(least(n60, due) - least(n30, due))::bigint AS b1,
      sum(least(n90, due) - least(n60, due))::bigint AS b2,
      sum(due - least(n90, due))::bigint AS b3
    FROM dues`;
  const n = (k: string) => Number((r?.[k] as bigint | number | null | undefined) ?? 0);
  type Json = {
    id: string;
    name: string;
    phone: string | null;
    due: number;
    age: number;
    oldest: string;
    bills: number;
  };
  const top = ((r?.top ?? []) as Json[]).map((x): DueRow => ({
    customerId: x.id,
    name: x.name,
    phone: x.phone,
    duePaise: Number(x.due),
    ageDays: Number(x.age),
    bucket: bucketOf(Number(x.age)),
    oldestDate: x.oldest,
    openBills: Number(x.bills),
  }));
  const buckets = Object.fromEntries(
    AGE_BUCKETS.map((b, i) => [b, { amountPaise: n(`b${i}`) }]),
  ) as OutstandingDues["buckets"];
  return { totalPaise: n("total"), customers: n("customers"), buckets, top };
}

export type StockItem = {
  productId: string;
  name: string;
  category: string;
  unit: string;
  stock: number;
  lowStockThreshold: number;
  state: "out" | "low";
};
export type StockAlerts = { outCount: number; lowCount: number; items: StockItem[] };

/** Active products at or under their low-stock level (out of stock first). Not tied to a period. */
export async function stockAlerts(merchantId: string, _period?: Pick<Period, "tz">, limit = 10): Promise<StockAlerts> {
  const db = await reportsDb();
  const rows = await db.$queryRaw<
    {
      id: string;
      name: string;
      category: string;
      unit: string;
      stock_milli: number;
      threshold: number;
      out_n: bigint;
      low_n: bigint;
    }[]
  >`
    SELECT "id", "name", "category", "unit"::text AS unit, "stockMilli" AS stock_milli, "lowStockThreshold" AS threshold,
           count(*) FILTER (WHERE ${OUT_OF_STOCK_SQL}) OVER () AS out_n,
           count(*) FILTER (WHERE ${LOW_STOCK_SQL}) OVER () AS low_n
    FROM "Product"
    WHERE "merchantId" = ${merchantId} AND "archivedAt" IS NULL AND ${NEEDS_STOCK_SQL}
    ORDER BY ("stockMilli" <= 0) DESC, "stockMilli" - "lowStockThreshold" * 1000, lower("name"), "id"
    LIMIT ${limit}`;
  return {
    outCount: Number(rows[0]?.out_n ?? 0),
    lowCount: Number(rows[0]?.low_n ?? 0),
    items: rows.map((r) => ({
      productId: r.id,
      name: r.name,
      category: r.category,
      unit: r.unit,
      stock: r.stock_milli / 1000,
      lowStockThreshold: r.threshold,
      state: r.stock_milli <= 0 ? "out" : "low",
    })),
  };
}
