// What a customer spent, across every shop: their SALE (paid) and CREDIT_SALE (pay later)
// rows, less the voided ones, in weekly or monthly buckets of THEIR time zone (weeks start on
// Monday). Payments are not spending: paying a tab settles something already counted.
// Summed in SQL (GROUP BY date_trunc in the zone); JS only fills empty buckets with zeros.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, DEFAULT_TZ, monthStart, weekStart, zonedDate, zonedDayStart } from "@/lib/time";
import { parseOrThrow } from "@/lib/validation/common";
import { expensePeriod, type ExpensePeriod } from "@/lib/validation/customer";
import { DomainError } from "@/lib/domain/errors";

export const EXPENSE_BUCKETS = 12;

export type ExpenseShop = {
  merchantId: string;
  shopName: string;
  paidPaise: number;
  creditPaise: number;
  totalPaise: number;
};
export type ExpenseBucket = {
  /** First day of the week (a Monday) or month, YYYY-MM-DD in the customer's zone. */
  start: string;
  paidPaise: number;
  creditPaise: number;
  totalPaise: number;
  /** Biggest spend first. */
  shops: ExpenseShop[];
};
export type ExpenseSeries = { period: ExpensePeriod; timeZone: string; buckets: ExpenseBucket[] };

/** "2026-01-01" + 1 month -> "2026-02-01" (always from a first of the month). */
export function addMonths(firstOfMonth: string, months: number): string {
  const [y, m] = firstOfMonth.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 10);
}

/** The bucket starts, oldest first, ending with the one that holds `now`. */
export function bucketStarts(period: ExpensePeriod, now: Date, timeZone: string, count = EXPENSE_BUCKETS): string[] {
  const today = zonedDate(now, timeZone);
  const current = period === "week" ? weekStart(today) : monthStart(today);
  return Array.from({ length: count }, (_, i) =>
    period === "week" ? addDays(current, -7 * (count - 1 - i)) : addMonths(current, -(count - 1 - i)),
  );
}

const nextStart = (period: ExpensePeriod, start: string) =>
  period === "week" ? addDays(start, 7) : addMonths(start, 1);

type Row = { bucket: string; merchantId: string; shopName: string; paid: bigint | null; credit: bigint | null };

export async function customerExpenses(
  userId: string,
  rawPeriod: ExpensePeriod,
  now = new Date(),
): Promise<ExpenseSeries> {
  const period = parseOrThrow(expensePeriod, rawPeriod);
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  if (!user) throw new DomainError("not_found", "User not found");
  const timeZone = isZone(user.timeZone) ? user.timeZone : DEFAULT_TZ;
  const starts = bucketStarts(period, now, timeZone);
  const from = zonedDayStart(starts[0]!, timeZone);
  const to = zonedDayStart(nextStart(period, starts[starts.length - 1]!), timeZone);
  // A literal, not a parameter: the unit comes from the enum above, never from the request.
  const unit = period === "week" ? Prisma.sql`'week'` : Prisma.sql`'month'`;

  // occurredAt is a UTC timestamp without zone: read it as UTC, then see it in the user's zone.
  const rows = await db.$queryRaw<Row[]>`
    SELECT to_char(date_trunc(${unit}, (t."occurredAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}), 'YYYY-MM-DD') AS bucket,
           t."merchantId", m."shopName",
           SUM(t."amountPaise") FILTER (WHERE t."type" = 'SALE') AS paid,
           SUM(t."amountPaise") FILTER (WHERE t."type" = 'CREDIT_SALE') AS credit
      FROM "Transaction" t
      JOIN "Customer" c ON c."id" = t."customerId" AND c."merchantId" = t."merchantId"
      JOIN "Merchant" m ON m."id" = t."merchantId"
     WHERE c."userId" = ${userId}
       AND t."type" IN ('SALE', 'CREDIT_SALE')
       AND t."occurredAt" >= ${from} AND t."occurredAt" < ${to}
       AND NOT EXISTS (SELECT 1 FROM "Transaction" v WHERE v."voidsId" = t."id")
     GROUP BY 1, 2, 3`;

  const byStart = new Map<string, ExpenseBucket>(
    starts.map((s) => [s, { start: s, paidPaise: 0, creditPaise: 0, totalPaise: 0, shops: [] }]),
  );
  for (const r of rows) {
    const b = byStart.get(r.bucket);
    if (!b) continue; // cannot happen with the range above; never invent a bucket
    const paid = Number(r.paid ?? 0);
    const credit = Number(r.credit ?? 0);
    b.paidPaise += paid;
    b.creditPaise += credit;
    b.totalPaise += paid + credit;
    b.shops.push({
      merchantId: r.merchantId,
      shopName: r.shopName,
      paidPaise: paid,
      creditPaise: credit,
      totalPaise: paid + credit,
    });
  }
  for (const b of byStart.values())
    b.shops.sort((x, y) => y.totalPaise - x.totalPaise || x.shopName.localeCompare(y.shopName));
  return { period, timeZone, buckets: [...byStart.values()] };
}

function isZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
