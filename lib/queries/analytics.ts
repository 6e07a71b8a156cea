// Shopkeeper analytics: every period figure is one aggregate over the daily summary
// (SalesDay & co., one row per shop, local day and key, kept by database triggers in the
// same transaction as every ledger write: prisma/migrations/*_daily_summary), so a year
// reads a few thousand rows instead of the shop's ledger. A sale counts when it is a SALE or
// CREDIT_SALE that no VOID reverses (the void leaves the original sale's day, so a voided
// sale disappears from every figure whatever day it was voided). Revenue is net of returns:
// a credit note lowers its own day (lib/ledger-sql.ts). Payments are not revenue.
// No "server-only" here: bench/analytics-scale.ts times these queries from plain Node.
import type { PaymentMethod } from "@/lib/generated/prisma/enums";
import { reportsDb } from "@/lib/read-replica";
import { addDays, zonedDate, zonedDayStart } from "@/lib/time";
import { outstandingDues, stockAlerts, type OutstandingDues, type StockAlerts } from "./analytics-dues";
import { previousPeriod, type Period } from "@/lib/domain/analytics-period";
import { liveSales, NET_SALES, num, returnsIn, SALES_COUNT, shopToday, summaryDays } from "@/lib/ledger-sql";

export type Method = PaymentMethod;
export const METHODS: readonly Method[] = ["CASH", "CARD", "UPI", "CREDIT"];
export type Figure = { amountPaise: number; count: number };

/** Integer average rounded half up, without floats: floor((2s + n) / 2n). */
export const averagePaise = (sum: number, count: number) =>
  count === 0 ? 0 : Math.floor((2 * sum + count) / (2 * count));
/** Percent change to one decimal, or null when there is nothing to compare with. */
export const changePct = (current: number, before: number) =>
  before === 0 ? null : Math.round(((current - before) * 1000) / before) / 10;

/** Local calendar dates of a period: first day and last (inclusive) day. */
function datesOf(p: Period) {
  return { fromDate: zonedDate(p.from, p.tz), toDate: zonedDate(new Date(p.to.getTime() - 1), p.tz) };
}

export type DaySummary = { date: string; salesPaise: number; count: number; averagePaise: number };
export type TodaySummary = DaySummary & {
  /** The same weekday last week: the whole day, and up to this time of day. */
  lastWeek: DaySummary & { soFarPaise: number; soFarCount: number };
  /** Today so far against last week's same weekday up to the same time. */
  changePct: number | null;
};

export async function todaySummary(
  merchantId: string,
  period: Pick<Period, "tz">,
  now: Date = new Date(),
): Promise<TodaySummary> {
  const db = await reportsDb();
  const tz = period.tz;
  const { date: today, start } = shopToday(tz, now);
  const lastWeek = addDays(today, -7);
  const lwStart = zonedDayStart(lastWeek, tz);
  const lwSoFar = new Date(lwStart.getTime() + (now.getTime() - start.getTime()));
  // Whole days from the summary; last week's day up to this time of day from the ledger (one day's rows).
  const [r] = await db.$queryRaw<Record<string, bigint | null>[]>`
    SELECT sum(${NET_SALES}) FILTER (WHERE d."day" = ${today}::date) AS today,
           sum(${SALES_COUNT}) FILTER (WHERE d."day" = ${today}::date) AS today_n,
           sum(${NET_SALES}) FILTER (WHERE d."day" = ${lastWeek}::date) AS lw,
           sum(${SALES_COUNT}) FILTER (WHERE d."day" = ${lastWeek}::date) AS lw_n,
           (SELECT coalesce(sum(t."amountPaise"), 0) FROM ${liveSales(merchantId, lwStart, lwSoFar)})
             - (SELECT coalesce(sum(t."amountPaise"), 0) FROM ${returnsIn(merchantId, lwStart, lwSoFar)}) AS lw_so_far,
           (SELECT count(*) FROM ${liveSales(merchantId, lwStart, lwSoFar)}) AS lw_so_far_n
    FROM "SalesDay" d WHERE d."merchantId" = ${merchantId} AND d."day" IN (${today}::date, ${lastWeek}::date)`;
  const day = (date: string, s: number, n: number): DaySummary => ({
    date,
    salesPaise: s,
    count: n,
    averagePaise: averagePaise(s, n),
  });
  const todayFig = day(today, num(r?.today), num(r?.today_n));
  return {
    ...todayFig,
    lastWeek: {
      ...day(lastWeek, num(r?.lw), num(r?.lw_n)),
      soFarPaise: num(r?.lw_so_far),
      soFarCount: num(r?.lw_so_far_n),
    },
    changePct: changePct(todayFig.salesPaise, num(r?.lw_so_far)),
  };
}

export type TrendPoint = { date: string; revenuePaise: number; count: number };

/** Net revenue per local day, every day of the period (zero days included). */
export async function revenueTrend(merchantId: string, period: Period): Promise<TrendPoint[]> {
  const db = await reportsDb();
  const { fromDate, toDate } = datesOf(period);
  const rows = await db.$queryRaw<{ date: string; revenue: bigint; n: bigint }[]>`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS date, coalesce(s.revenue, 0) AS revenue, coalesce(s.n, 0) AS n
    FROM generate_series(${fromDate}::date, ${toDate}::date, interval '1 day') AS d(day)
    LEFT JOIN (
      SELECT d."day", sum(${NET_SALES}) AS revenue, sum(${SALES_COUNT}) AS n
      FROM ${summaryDays("SalesDay", merchantId, fromDate, toDate)}
      GROUP BY 1
    ) s ON s.day = d.day::date
    ORDER BY d.day`;
  return rows.map((r) => ({ date: r.date, revenuePaise: num(r.revenue), count: num(r.n) }));
}

/**
 * Sales by how they were paid; CREDIT = pay later (CREDIT_SALE). A return lowers the method
 * its money went back by (CREDIT = onto the tab), so the methods add up to net revenue.
 * All four methods, zeros included.
 */
export async function salesByMethod(merchantId: string, period: Period): Promise<Record<Method, Figure>> {
  const db = await reportsDb();
  const { fromDate, toDate } = datesOf(period);
  const rows = await db.$queryRaw<{ method: Method; amount: bigint; n: bigint }[]>`
    SELECT CASE WHEN d."kind" = 'CREDIT_SALE' THEN 'CREDIT' ELSE d."method"::text END AS method,
           sum(${NET_SALES}) AS amount, sum(${SALES_COUNT}) AS n
    FROM ${summaryDays("SalesDay", merchantId, fromDate, toDate)} AND d."kind" IN ('SALE', 'CREDIT_SALE', 'RETURN')
    GROUP BY 1`;
  const out = Object.fromEntries(METHODS.map((m) => [m, { amountPaise: 0, count: 0 }])) as Record<Method, Figure>;
  for (const r of rows) out[r.method] = { amountPaise: num(r.amount), count: num(r.n) };
  return out;
}

export type CategoryRow = { category: string; amountPaise: number; units: number };
/** Line items grouped by their category snapshot; sales rung up as a bare amount are `unitemizedPaise`. */
export type CategoryBreakdown = { rows: CategoryRow[]; totalPaise: number; unitemizedPaise: number };

export async function salesByCategory(merchantId: string, period: Period): Promise<CategoryBreakdown> {
  const db = await reportsDb();
  const { fromDate, toDate } = datesOf(period);
  // Items returned count against their category on the return's day, as the return does against revenue.
  const rows = await db.$queryRaw<{ category: string | null; amount: bigint | null; units: number | null }[]>`
    SELECT NULL AS category, (SELECT sum(${NET_SALES}) FROM ${summaryDays("SalesDay", merchantId, fromDate, toDate)}) AS amount,
           NULL::float8 AS units, 0 AS ord
    UNION ALL
    SELECT d."category", sum(d."soldPaise" - d."returnedPaise"), (sum(d."soldMilli" - d."returnedMilli") / 1000.0)::float8, 1
    FROM ${summaryDays("SalesDayCategory", merchantId, fromDate, toDate)}
    GROUP BY d."category"
    HAVING sum(d."soldMilli") > 0 OR sum(d."returnedMilli") > 0
    ORDER BY ord, amount DESC, category`;
  const [total, ...cats] = rows;
  const totalPaise = num(total?.amount);
  const list = cats.map((r) => ({ category: r.category ?? "", amountPaise: num(r.amount), units: num(r.units) }));
  return { rows: list, totalPaise, unitemizedPaise: totalPaise - list.reduce((s, r) => s + r.amountPaise, 0) };
}

export type CustomerRow = { customerId: string; name: string; phone: string | null; spendPaise: number; count: number };

/** Known customers (on the shop's books) with a sale in the period, by what they bought (paid or on credit) less returns. */
export async function topCustomers(merchantId: string, period: Period, limit = 10): Promise<CustomerRow[]> {
  const db = await reportsDb();
  const { fromDate, toDate } = datesOf(period);
  const rows = await db.$queryRaw<{ id: string; name: string; phone: string | null; spend: bigint; n: bigint }[]>`
    WITH a AS (
      SELECT d."customerId" AS id, sum(d."salesPaise" - d."returnedPaise") AS spend, sum(d."salesCount") AS n
      FROM ${summaryDays("SalesDayCustomer", merchantId, fromDate, toDate)}
      GROUP BY 1 HAVING sum(d."salesCount") > 0
    )
    SELECT a.id, c."name", c."phone", a.spend, a.n FROM a JOIN "Customer" c ON c."id" = a.id
    ORDER BY a.spend DESC, c."name", a.id LIMIT ${limit}`;
  return rows.map((r) => ({
    customerId: r.id,
    name: r.name,
    phone: r.phone,
    spendPaise: num(r.spend),
    count: num(r.n),
  }));
}

export type ProductRow = { productId: string | null; name: string; revenuePaise: number; units: number };
export type TopProducts = { byRevenue: ProductRow[]; byUnits: ProductRow[] };

/** Line items by product less returned ones (a deleted product by its snapshot name); the current name wins. Keypad amounts are not products. */
export async function topProducts(merchantId: string, period: Period, limit = 10): Promise<TopProducts> {
  const db = await reportsDb();
  const { fromDate, toDate } = datesOf(period);
  const rows = await db.$queryRaw<
    { pid: string | null; name: string; revenue: bigint; units: bigint; rr: bigint; ru: bigint }[]
  >`
    WITH a AS (
      SELECT d."productId" AS pid, max(d."name") AS snap, sum(d."soldPaise" - d."returnedPaise") AS revenue,
             (sum(d."soldMilli" - d."returnedMilli") / 1000.0)::float8 AS units
      FROM ${summaryDays("SalesDayProduct", merchantId, fromDate, toDate)}
      GROUP BY 1 HAVING sum(d."soldMilli") > 0 OR sum(d."returnedMilli") > 0
    ), r AS (
      SELECT a.pid, coalesce(p."name", a.snap) AS name, a.revenue, a.units,
             row_number() OVER (ORDER BY a.revenue DESC, coalesce(p."name", a.snap), a.pid) AS rr,
             row_number() OVER (ORDER BY a.units DESC, coalesce(p."name", a.snap), a.pid) AS ru
      FROM a LEFT JOIN "Product" p ON p."id" = a.pid
    )
    SELECT * FROM r WHERE rr <= ${limit} OR ru <= ${limit}`;
  const row = (r: (typeof rows)[number]): ProductRow => ({
    productId: r.pid,
    name: r.name,
    revenuePaise: num(r.revenue),
    units: num(r.units),
  });
  return {
    byRevenue: rows
      .filter((r) => num(r.rr) <= limit)
      .sort((a, b) => num(a.rr) - num(b.rr))
      .map(row),
    byUnits: rows
      .filter((r) => num(r.ru) <= limit)
      .sort((a, b) => num(a.ru) - num(b.ru))
      .map(row),
  };
}

/** Guest = a walk-in sale with no customer on the books; known = a customer's sale. */
export type GuestVsKnown = { guest: Figure; known: Figure & { customers: number } };

export async function guestVsKnown(merchantId: string, period: Period): Promise<GuestVsKnown> {
  const db = await reportsDb();
  const { fromDate, toDate } = datesOf(period);
  const [r] = await db.$queryRaw<Record<string, bigint | null>[]>`
    SELECT sum(${NET_SALES}) FILTER (WHERE NOT d."known") AS guest,
           sum(${SALES_COUNT}) FILTER (WHERE NOT d."known") AS guest_n,
           sum(${NET_SALES}) FILTER (WHERE d."known") AS known,
           sum(${SALES_COUNT}) FILTER (WHERE d."known") AS known_n,
           (SELECT count(DISTINCT d."customerId") FROM ${summaryDays("SalesDayCustomer", merchantId, fromDate, toDate)}
               AND d."salesCount" > 0) AS customers
    FROM ${summaryDays("SalesDay", merchantId, fromDate, toDate)}`;
  return {
    guest: { amountPaise: num(r?.guest), count: num(r?.guest_n) },
    known: { amountPaise: num(r?.known), count: num(r?.known_n), customers: num(r?.customers) },
  };
}

export type PeriodFigures = { revenuePaise: number; count: number; averagePaise: number };
export type Growth = {
  current: PeriodFigures;
  previous: PeriodFigures & { fromDate: string; toDate: string };
  revenueChangePct: number | null;
  countChangePct: number | null;
  averageChangePct: number | null;
};

/** This period against the one just before it, of the same number of days. */
export async function growth(merchantId: string, period: Period): Promise<Growth> {
  const db = await reportsDb();
  const prev = previousPeriod(period);
  const cur = datesOf(period);
  const prevDates = datesOf(prev);
  const [r] = await db.$queryRaw<Record<string, bigint | null>[]>`
    SELECT sum(${NET_SALES}) FILTER (WHERE d."day" >= ${cur.fromDate}::date) AS cur,
           sum(${SALES_COUNT}) FILTER (WHERE d."day" >= ${cur.fromDate}::date) AS cur_n,
           sum(${NET_SALES}) FILTER (WHERE d."day" < ${cur.fromDate}::date) AS prev,
           sum(${SALES_COUNT}) FILTER (WHERE d."day" < ${cur.fromDate}::date) AS prev_n
    FROM ${summaryDays("SalesDay", merchantId, prevDates.fromDate, cur.toDate)}`;
  const fig = (s: number, n: number): PeriodFigures => ({
    revenuePaise: s,
    count: n,
    averagePaise: averagePaise(s, n),
  });
  const current = fig(num(r?.cur), num(r?.cur_n));
  const before = fig(num(r?.prev), num(r?.prev_n));
  return {
    current,
    previous: { ...before, ...prevDates },
    revenueChangePct: changePct(current.revenuePaise, before.revenuePaise),
    countChangePct: changePct(current.count, before.count),
    averageChangePct: changePct(current.averagePaise, before.averagePaise),
  };
}

export {
  AGE_BUCKETS,
  bucketOf,
  outstandingDues,
  stockAlerts,
  type AgeBucket,
  type DueRow,
  type OutstandingDues,
  type StockAlerts,
  type StockItem,
} from "./analytics-dues";

export type Dashboard = {
  period: { fromDate: string; toDate: string; tz: string };
  today: TodaySummary;
  trend: TrendPoint[];
  methods: Record<Method, Figure>;
  categories: CategoryBreakdown;
  customers: CustomerRow[];
  products: TopProducts;
  guests: GuestVsKnown;
  growth: Growth;
  dues: OutstandingDues;
  stock: StockAlerts;
};

/** Every card's figures at once (plain JSON-safe data): the queries run side by side on the pool. */
export async function dashboard(merchantId: string, period: Period, now: Date = new Date()): Promise<Dashboard> {
  const [today, trend, methods, categories, customers, products, guests, growthFig, dues, stock] = await Promise.all([
    todaySummary(merchantId, period, now),
    revenueTrend(merchantId, period),
    salesByMethod(merchantId, period),
    salesByCategory(merchantId, period),
    topCustomers(merchantId, period),
    topProducts(merchantId, period),
    guestVsKnown(merchantId, period),
    growth(merchantId, period),
    outstandingDues(merchantId, period, now),
    stockAlerts(merchantId, period),
  ]);
  return {
    period: { ...datesOf(period), tz: period.tz },
    today,
    trend,
    methods,
    categories,
    customers,
    products,
    guests,
    growth: growthFig,
    dues,
    stock,
  };
}
