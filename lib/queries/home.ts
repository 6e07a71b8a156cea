import "server-only";
import { db } from "@/lib/db";
import { shopToday } from "@/lib/ledger-sql";
import { LOW_STOCK_SQL, OUT_OF_STOCK_SQL } from "@/lib/stock-levels";
import { customerTabTotals, shopTabTotals, todaySales } from "./ledger";
import { countOpenOrders } from "./orders";

/** The merchant dashboard's headline figures, in the shop's time zone (lib/queries/ledger). */
export async function merchantHomeFigures(merchantId: string, timeZone: string, now: Date = new Date()) {
  const [today, tabs, openOrders, stock] = await Promise.all([
    todaySales(merchantId, timeZone, now),
    shopTabTotals(merchantId),
    countOpenOrders(merchantId),
    // The one low-stock definition (lib/stock-levels): out of stock is counted apart.
    db.$queryRaw<{ low: bigint; out: bigint }[]>`
      select count(*) filter (where ${LOW_STOCK_SQL}) as low, count(*) filter (where ${OUT_OF_STOCK_SQL}) as out
      from "Product" where "merchantId" = ${merchantId} and "archivedAt" is null`,
  ]);
  return {
    todaySalesPaise: today.amountPaise,
    todayCount: today.count,
    owedPaise: tabs.duePaise,
    advancePaise: tabs.advancePaise,
    openOrders,
    lowStock: Number(stock[0]?.low ?? 0),
    outOfStock: Number(stock[0]?.out ?? 0),
  };
}

/** A customer's total due (each tab's due, never netted with another tab's advance) and shop count. */
export async function customerHomeFigures(userId: string) {
  const t = await customerTabTotals(userId);
  return { duePaise: t.duePaise, advancePaise: t.advancePaise, shops: t.shops };
}

/** Every shop's live sales of its own today (each shop's zone), for the admin overview. */
export async function adminHomeFigures(now: Date = new Date()) {
  const shops = await db.merchant.findMany({ select: { timeZone: true }, distinct: ["timeZone"] });
  const starts = shops.map((s) => ({ tz: s.timeZone, ...shopToday(s.timeZone, now) }));
  const [merchants, customers, guests, orders, today] = await Promise.all([
    db.merchant.count(),
    db.user.count({ where: { role: "CUSTOMER" } }),
    db.guestUser.count(),
    db.order.count(),
    Promise.all(
      starts.map(
        (s) => db.$queryRaw<{ n: bigint; total: bigint | null }[]>`
      select count(*) as n, sum(t."amountPaise") as total
        from "Transaction" t join "Merchant" m on m."id" = t."merchantId" and m."timeZone" = ${s.tz}
       where t.type in ('SALE','CREDIT_SALE') and t."occurredAt" >= ${s.start} and t."occurredAt" < ${s.end}
         and not exists (select 1 from "Transaction" v
                          where v."merchantId" = t."merchantId" and v."voidsId" = t."id")`,
      ),
    ),
  ]);
  const rows = today.flat();
  return {
    merchants,
    customers,
    guests,
    orders,
    todayCount: rows.reduce((s, r) => s + Number(r.n), 0),
    todayPaise: rows.reduce((s, r) => s + Number(r.total ?? 0), 0),
  };
}
