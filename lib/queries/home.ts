import "server-only";
import { db } from "@/lib/db";

/** The merchant dashboard's headline figures, in the shop's time zone, computed in SQL. */
export async function merchantHomeFigures(merchantId: string, timeZone: string) {
  const [today] = await db.$queryRaw<{ sales: bigint | null; count: bigint }[]>`
    select coalesce(sum(case when t.type in ('SALE','CREDIT_SALE') then t."amountPaise" else -t."amountPaise" end), 0) as sales,
           count(*) filter (where t.type in ('SALE','CREDIT_SALE')) - count(*) filter (where t.type = 'VOID') as count
    from "Transaction" t
    where t."merchantId" = ${merchantId} and t.type in ('SALE','CREDIT_SALE','VOID')
      and t."occurredAt" >= (date_trunc('day', now() at time zone ${timeZone}) at time zone ${timeZone})`;
  const [owed] = await db.$queryRaw<{ owed: bigint | null }[]>`
    select coalesce(sum(case when t.type = 'CREDIT_SALE' then t."amountPaise"
                             when t.type = 'PAYMENT' then -t."amountPaise"
                             when t.type = 'VOID' and t.method = 'CREDIT' then -t."amountPaise" else 0 end), 0) as owed
    from "Transaction" t where t."merchantId" = ${merchantId} and t."customerId" is not null`;
  const [openOrders, lowStock] = await Promise.all([
    db.order.count({ where: { merchantId, status: { in: ["PLACED", "ACCEPTED", "READY"] } } }),
    db.$queryRaw<
      { n: bigint }[]
    >`select count(*) as n from "Product" where "merchantId" = ${merchantId} and "archivedAt" is null and "stockMilli" <= "lowStockThreshold" * 1000`,
  ]);
  return {
    todaySalesPaise: Number(today?.sales ?? 0),
    todayCount: Number(today?.count ?? 0),
    owedPaise: Number(owed?.owed ?? 0),
    openOrders,
    lowStock: Number(lowStock[0]?.n ?? 0),
  };
}

/** A customer's total due and number of shops that keep a tab for them. */
export async function customerHomeFigures(userId: string) {
  const rows = await db.$queryRaw<{ due: bigint | null; shops: bigint }[]>`
    select coalesce(sum(case when t.type = 'CREDIT_SALE' then t."amountPaise"
                             when t.type = 'PAYMENT' then -t."amountPaise"
                             when t.type = 'VOID' and t.method = 'CREDIT' then -t."amountPaise" else 0 end), 0) as due,
           (select count(*) from "Customer" where "userId" = ${userId}) as shops
    from "Transaction" t join "Customer" c on c.id = t."customerId" where c."userId" = ${userId}`;
  return { duePaise: Number(rows[0]?.due ?? 0), shops: Number(rows[0]?.shops ?? 0) };
}

export async function adminHomeFigures() {
  const [merchants, customers, guests, orders, today] = await Promise.all([
    db.merchant.count(),
    db.user.count({ where: { role: "CUSTOMER" } }),
    db.guestUser.count(),
    db.order.count(),
    db.$queryRaw<{ n: bigint; total: bigint | null }[]>`
      select count(*) as n, coalesce(sum("amountPaise"), 0) as total from "Transaction"
      where type in ('SALE','CREDIT_SALE') and "occurredAt" >= (date_trunc('day', now() at time zone 'Asia/Kolkata') at time zone 'Asia/Kolkata')`,
  ]);
  return {
    merchants,
    customers,
    guests,
    orders,
    todayCount: Number(today[0]?.n ?? 0),
    todayPaise: Number(today[0]?.total ?? 0),
  };
}
