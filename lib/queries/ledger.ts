// The ledger's headline figures, each read one way for every screen, the API and the CSVs
// (the words are defined in lib/ledger-sql.ts).
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  advanceOf,
  dueOf,
  NET_SALES,
  num,
  SALES_COUNT,
  shopTabBalances,
  shopToday,
  summaryDays,
  TAB_BALANCE,
} from "@/lib/ledger-sql";

export type Figure = { amountPaise: number; count: number };
export type TabTotals = { duePaise: number; advancePaise: number };

const balance = Prisma.sql`b.balance`;

/** Today's net sales of a shop (live sales less returns) and how many sales, for its local date. */
export async function todaySales(merchantId: string, tz: string, now: Date = new Date()): Promise<Figure> {
  const { date } = shopToday(tz, now);
  const [r] = await db.$queryRaw<{ total: bigint | null; n: bigint | null }[]>`
    SELECT sum(${NET_SALES}) AS total, sum(${SALES_COUNT}) AS n FROM ${summaryDays("SalesDay", merchantId, date, date)}`;
  return { amountPaise: num(r?.total), count: num(r?.n) };
}

/** What the shop's tabs owe it, and what it owes tabs that paid ahead, added apart. */
export async function shopTabTotals(merchantId: string): Promise<TabTotals> {
  const [r] = await db.$queryRaw<{ due: bigint | null; advance: bigint | null }[]>`
    SELECT sum(${dueOf(balance)}) AS due, sum(${advanceOf(balance)}) AS advance
      FROM ${shopTabBalances(merchantId)} b`;
  return { duePaise: num(r?.due), advancePaise: num(r?.advance) };
}

/** What a customer owes across every shop that keeps a tab for them (each tab on its own). */
export async function customerTabTotals(userId: string): Promise<TabTotals & { shops: number }> {
  const [r] = await db.$queryRaw<{ due: bigint | null; advance: bigint | null; shops: bigint }[]>`
    SELECT sum(${dueOf(balance)}) AS due, sum(${advanceOf(balance)}) AS advance, count(*) AS shops
      FROM "Customer" c
      LEFT JOIN LATERAL (SELECT ${TAB_BALANCE} AS balance FROM "Transaction" t
                          WHERE t."merchantId" = c."merchantId" AND t."customerId" = c."id") b ON true
     WHERE c."userId" = ${userId}`;
  return { duePaise: num(r?.due), advancePaise: num(r?.advance), shops: num(r?.shops) };
}
