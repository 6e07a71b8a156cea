// The ledger's vocabulary, written once. Every figure on every screen, in the API and in
// the CSVs is built from these words (CONVENTIONS.md, "Words"):
// - a tab's balance = credit sales - payments - voids of credit sales - returns refunded onto
//   the tab (a VOID copies the method of the sale it reverses, and a RETURN refunded onto the
//   tab carries method 'CREDIT', so method = 'CREDIT' marks the rows that reduce a tab);
// - due = the balance when it is above zero, advance = minus the balance when below zero.
//   Totals add each tab's due and each tab's advance apart: one tab's advance never
//   lowers what another tab owes;
// - a live sale is a SALE or CREDIT_SALE no VOID reverses (the void belongs to the sale's
//   own day, so a voided sale disappears from every figure whatever day it was voided);
// - net sales = live sales less returns (credit notes); a return counts on its own day,
//   the day its credit note is dated, so a past day's figure never changes after the fact
//   except by a void. Analytics reads net sales from the daily summary (SalesDay & co.,
//   kept by database triggers in the writer's transaction), keyed by the shop's local date;
// - today = from the shop's local midnight, in the shop's time zone;
// - an open order is placed, accepted or ready.
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { zonedDate, zonedDayStart } from "@/lib/time";

/** SUM and COUNT come back as bigint: paise sums stay far below 2^53. */
export const num = (v: bigint | number | null | undefined) => Number(v ?? 0);

/** The signed balance of the ledger rows t of one tab: + owed by the tab, - owed to it. */
export const TAB_BALANCE = Prisma.sql`SUM(CASE
    WHEN t."type" = 'CREDIT_SALE' THEN t."amountPaise"
    WHEN t."type" = 'PAYMENT' THEN -t."amountPaise"
    WHEN t."type" = 'VOID' AND t."method" = 'CREDIT' THEN -t."amountPaise"
    WHEN t."type" = 'RETURN' AND t."method" = 'CREDIT' THEN -t."amountPaise"
    ELSE 0 END)`;

/** What a tab of this balance owes (never negative). */
export const dueOf = (balance: Prisma.Sql) => Prisma.sql`GREATEST(COALESCE(${balance}, 0), 0)`;
/** What the shop owes a tab of this balance that paid more than it owed (never negative). */
export const advanceOf = (balance: Prisma.Sql) => Prisma.sql`GREATEST(-COALESCE(${balance}, 0), 0)`;

/** Derived table (customerId, balance, last) of every tab of a shop with a ledger row. */
export const shopTabBalances = (merchantId: string) => Prisma.sql`(
  SELECT t."customerId", ${TAB_BALANCE} AS balance, MAX(t."occurredAt") AS last
    FROM "Transaction" t
   WHERE t."merchantId" = ${merchantId} AND t."customerId" IS NOT NULL
   GROUP BY t."customerId")`;

/** Dues and advances of many tabs' balances (read in TypeScript), added apart. */
export function sumTabs(balances: Iterable<number>): { duePaise: number; advancePaise: number } {
  let duePaise = 0;
  let advancePaise = 0;
  for (const b of balances) {
    duePaise += Math.max(b, 0);
    advancePaise += Math.max(-b, 0);
  }
  return { duePaise, advancePaise };
}

/**
 * The sale t has no VOID. NOT IN over the shop's voids (a small share of the ledger) runs as
 * one hashed lookup per row: it keeps the index order of the scan (no sort before a window
 * or merge) where NOT EXISTS tends to plan a sort-and-merge anti join.
 */
export const notVoided = (merchantId: string) => Prisma.sql`t."id" NOT IN (
  SELECT v."voidsId" FROM "Transaction" v WHERE v."merchantId" = ${merchantId} AND v."type" = 'VOID' AND v."voidsId" IS NOT NULL)`;

/** FROM/WHERE of the live (not voided) sales of a shop in [from, to). Alias t. */
export const liveSales = (merchantId: string, from: Date, to: Date) => Prisma.sql`
  "Transaction" t
  WHERE t."merchantId" = ${merchantId} AND t."type" IN ('SALE', 'CREDIT_SALE')
    AND t."occurredAt" >= ${from} AND t."occurredAt" < ${to}
    AND ${notVoided(merchantId)}`;

/** FROM/WHERE of a shop's returns (credit notes) dated in [from, to). Alias t. */
export const returnsIn = (merchantId: string, from: Date, to: Date) => Prisma.sql`
  "Transaction" t
  WHERE t."merchantId" = ${merchantId} AND t."type" = 'RETURN' AND t."occurredAt" >= ${from} AND t."occurredAt" < ${to}`;

/** A daily summary table's rows (alias d) of one shop on local dates [fromDate, toDate]. */
export const summaryDays = (
  table: "SalesDay" | "SalesDayCategory" | "SalesDayProduct" | "SalesDayCustomer",
  merchantId: string,
  fromDate: string,
  toDate: string,
) => Prisma.sql`${Prisma.raw(`"${table}"`)} d
  WHERE d."merchantId" = ${merchantId} AND d."day" BETWEEN ${fromDate}::date AND ${toDate}::date`;

/** Net sales of SalesDay rows d: live sales, less returns. */
export const NET_SALES = Prisma.sql`(CASE WHEN d."kind" IN ('SALE', 'CREDIT_SALE') THEN d."amountPaise"
  WHEN d."kind" = 'RETURN' THEN -d."amountPaise" ELSE 0 END)`;
/** The number of live sales of SalesDay rows d (a return is not a sale, nor one less). */
export const SALES_COUNT = Prisma.sql`(CASE WHEN d."kind" IN ('SALE', 'CREDIT_SALE') THEN d."count" ELSE 0 END)`;

/** Today in the shop's zone: its date and the instants it begins and ends. */
export function shopToday(tz: string, now: Date = new Date()) {
  const date = zonedDate(now, tz);
  const start = zonedDayStart(date, tz);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return { date, start, end: zonedDayStart(next, tz) };
}

/** Orders still waiting on the shop: placed, accepted or ready. */
export const OPEN_ORDER_STATUSES = ["PLACED", "ACCEPTED", "READY"] as const satisfies readonly OrderStatus[];
