// The customer's history: every purchase, credit sale, payment, void and order at every shop,
// newest first, filtered by shop, kind and calendar days of the customer's time zone. One
// UNION ALL in SQL, paged with LIMIT/OFFSET; only this user's tabs and orders are read.
import type { TransactionType } from "@/lib/generated/prisma/enums";
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, zonedDayStart } from "@/lib/time";
import { historyFilter, type HistoryFilter } from "@/lib/validation/customer";
import { firstParam as first } from "@/lib/url-params";

export const HISTORY_PAGE_SIZE = 25;

type SearchParams = Record<string, string | string[] | undefined>;

/** The filter from the URL; a hand-edited or stale URL falls back to "everything", never an error page. */
export function historyFilterFrom(params: SearchParams): HistoryFilter & { invalid: boolean } {
  const raw = {
    shop: first(params.shop),
    from: first(params.from),
    to: first(params.to),
    kind: first(params.kind),
    page: first(params.page),
  };
  const r = historyFilter.safeParse(raw);
  if (r.success) return { ...r.data, invalid: false };
  return { kind: "all", page: 1, invalid: true };
}

export type HistoryKind = TransactionType | "ORDER";
export type HistoryRow = {
  id: string;
  kind: HistoryKind;
  method: string;
  amountPaise: number;
  at: Date;
  merchantId: string;
  shopName: string;
  /** A sale that was later voided. */
  voided: boolean;
  /** For an order: its status. */
  orderStatus: string | null;
  /** Item names of a sale or order (first few). */
  items: string[];
  /** The order a sale came from (a completed order is listed once, as its sale). */
  orderId: string | null;
};
export type HistoryPage = { rows: HistoryRow[]; total: number; page: number; pageSize: number; pageCount: number };

const KIND: Record<Exclude<HistoryFilter["kind"], "all">, HistoryKind> = {
  purchase: "SALE",
  credit: "CREDIT_SALE",
  payment: "PAYMENT",
  void: "VOID",
  order: "ORDER",
};

type Raw = Omit<HistoryRow, "amountPaise" | "items"> & { amount: number; total: bigint };

export async function getCustomerHistory(userId: string, timeZone: string, f: HistoryFilter): Promise<HistoryPage> {
  const from = f.from ? zonedDayStart(f.from, timeZone) : null;
  const to = f.to ? zonedDayStart(addDays(f.to, 1), timeZone) : null;
  const range = (col: Prisma.Sql) =>
    Prisma.sql`${from ? Prisma.sql`AND ${col} >= ${from}` : Prisma.empty} ${to ? Prisma.sql`AND ${col} < ${to}` : Prisma.empty}`;
  const shopOf = (col: Prisma.Sql) => (f.shop ? Prisma.sql`AND ${col} = ${f.shop}` : Prisma.empty);
  const kind = f.kind === "all" ? null : KIND[f.kind];
  const wantTx = kind !== "ORDER";
  const wantOrders = kind === null || kind === "ORDER";

  const txPart = Prisma.sql`
    SELECT t."id", t."type"::text AS kind, t."method"::text AS method, t."amountPaise" AS amount, t."occurredAt" AS at,
           t."merchantId", m."shopName",
           EXISTS (SELECT 1 FROM "Transaction" v WHERE v."voidsId" = t."id") AS voided, NULL::text AS "orderStatus",
           t."orderId"
      FROM "Transaction" t
      JOIN "Customer" c ON c."id" = t."customerId" AND c."merchantId" = t."merchantId"
      JOIN "Merchant" m ON m."id" = t."merchantId"
     WHERE c."userId" = ${userId} ${kind ? Prisma.sql`AND t."type"::text = ${kind}` : Prisma.empty}
           ${shopOf(Prisma.sql`t."merchantId"`)} ${range(Prisma.sql`t."occurredAt"`)}`;
  // One row per purchase: a completed order wrote a sale; with both listed the sale stands for it.
  const completedOnce = wantTx
    ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "Transaction" x WHERE x."orderId" = o."id")`
    : Prisma.empty;
  const orderPart = Prisma.sql`
    SELECT o."id", 'ORDER' AS kind, o."paymentMethod"::text AS method, o."totalPaise" AS amount, o."placedAt" AS at,
           o."merchantId", m."shopName", false AS voided, o."status"::text AS "orderStatus",
           o."id" AS "orderId"
      FROM "Order" o JOIN "Merchant" m ON m."id" = o."merchantId"
     WHERE o."userId" = ${userId} ${completedOnce} ${shopOf(Prisma.sql`o."merchantId"`)} ${range(Prisma.sql`o."placedAt"`)}`;
  const union = wantTx && wantOrders ? Prisma.sql`${txPart} UNION ALL ${orderPart}` : wantTx ? txPart : orderPart;

  const size = HISTORY_PAGE_SIZE;
  const rows = await db.$queryRaw<Raw[]>`
    SELECT h.*, COUNT(*) OVER () AS total FROM (${union}) h
     ORDER BY h.at DESC, h."id" DESC
     LIMIT ${size} OFFSET ${(f.page - 1) * size}`;
  let total = Number(rows[0]?.total ?? 0);
  if (!rows.length && f.page > 1) {
    const [c] = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM (${union}) h`;
    total = Number(c?.n ?? 0);
  }

  const txIds = rows.filter((r) => r.kind === "SALE" || r.kind === "CREDIT_SALE").map((r) => r.id);
  const orderIds = rows.filter((r) => r.kind === "ORDER").map((r) => r.id);
  const [txItems, orderItems] = await Promise.all([
    txIds.length
      ? db.transactionItem.findMany({
          where: { transactionId: { in: txIds } },
          orderBy: { id: "asc" },
          select: { transactionId: true, name: true },
        })
      : [],
    orderIds.length
      ? db.orderItem.findMany({
          where: { orderId: { in: orderIds } },
          orderBy: { id: "asc" },
          select: { orderId: true, name: true },
        })
      : [],
  ]);
  const names = new Map<string, string[]>();
  for (const i of txItems) names.set(i.transactionId, [...(names.get(i.transactionId) ?? []), i.name]);
  for (const i of orderItems) names.set(i.orderId, [...(names.get(i.orderId) ?? []), i.name]);

  return {
    rows: rows.map(({ amount, total: _t, ...r }) => ({
      ...r,
      kind: r.kind as HistoryKind,
      amountPaise: Number(amount),
      items: names.get(r.id) ?? [],
    })),
    total,
    page: f.page,
    pageSize: size,
    pageCount: Math.max(1, Math.ceil(total / size)),
  };
}

/** The shops this customer has a tab or an order at, for the shop filter. */
export async function getCustomerShops(userId: string): Promise<{ id: string; shopName: string }[]> {
  const rows = await db.merchant.findMany({
    where: { OR: [{ customers: { some: { userId } } }, { orders: { some: { userId } } }] },
    orderBy: { shopName: "asc" },
    select: { id: true, shopName: true },
  });
  return rows;
}
