import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant, makeProduct } from "@/lib/test/factories";
import {
  dashboard,
  growth,
  guestVsKnown,
  outstandingDues,
  revenueTrend,
  salesByCategory,
  salesByMethod,
  stockAlerts,
  todaySummary,
  topCustomers,
  topProducts,
} from "./analytics";
import { balanceOf } from "@/lib/domain/balance";
import { resolvePeriod } from "@/lib/domain/analytics-period";

// A hand-computed shop in IST. "Now" is Wed 18 Mar 2026, 12:00 IST; the 7-day period is
// 12-18 Mar and the previous one 5-11 Mar. Amounts in paise.
const NOW = new Date("2026-03-18T12:00:00+05:30");
const ist = (local: string) => new Date(`${local}+05:30`);
const TZ = "Asia/Kolkata";

type Item = { productId: string | null; name: string; category: string; unitPricePaise: number; quantity: number };
type Row = {
  type: "SALE" | "CREDIT_SALE" | "PAYMENT";
  method: "CASH" | "CARD" | "UPI" | "CREDIT";
  amountPaise: number;
  at: string;
  customerId?: string;
  guest?: boolean;
  items?: Item[];
};

async function buildShop() {
  const { merchant } = await makeMerchant({ timeZone: TZ });
  const m = merchant.id;
  const [c1, c2, c3, c4, c5, c6, c7] = await Promise.all(
    [1, 2, 3, 4, 5, 6, 7].map((k) => makeCustomer(m, { name: `C${k}` })),
  );
  const soap = await makeProduct(m, { name: "Lux soap", category: "personal care", pricePaise: 4_500, stock: 50 });
  const rice = await makeProduct(m, { name: "Basmati rice", category: "grocery", pricePaise: 16_050, stock: 3 });
  const oil = await makeProduct(m, { name: "Mustard oil", category: "oil", pricePaise: 10_000, stock: 0 });
  const biscuit = await makeProduct(m, {
    name: "Parle-G",
    category: "snacks",
    pricePaise: 5_050,
    stock: 5,
    lowStockThreshold: 5,
  });
  const old = await makeProduct(m, { name: "Old stock", stock: 0 });
  await db.product.update({ where: { id: old.id }, data: { archivedAt: new Date() } });

  const add = async (r: Row) => {
    const guest = r.guest ? await db.guestUser.create({ data: { merchantId: m } }) : null;
    const when = ist(r.at);
    return db.transaction.create({
      data: {
        merchantId: m,
        clientId: crypto.randomUUID(),
        type: r.type,
        method: r.method,
        amountPaise: r.amountPaise,
        customerId: r.customerId ?? null,
        guestId: guest?.id ?? null,
        occurredAt: when,
        createdAt: when,
        items: r.items
          ? {
              create: r.items.map(({ quantity, ...i }) => ({
                ...i,
                quantityMilli: quantity * 1000,
                merchantId: m,
                lineTotalPaise: i.unitPricePaise * quantity,
              })),
            }
          : undefined,
      },
    });
  };
  const voidOf = (
    sale: { id: string; method: Row["method"]; amountPaise: number; customerId: string | null },
    at: string,
  ) =>
    db.transaction.create({
      data: {
        merchantId: m,
        clientId: crypto.randomUUID(),
        type: "VOID",
        method: sale.method,
        amountPaise: sale.amountPaise,
        customerId: sale.customerId,
        voidsId: sale.id,
        occurredAt: ist(at),
        createdAt: ist(at),
      },
    });
  const item = (p: { id: string; name: string; category: string; pricePaise: number }, quantity: number): Item => ({
    productId: p.id,
    name: p.name,
    category: p.category,
    unitPricePaise: p.pricePaise,
    quantity,
  });

  // This week. 00:10 IST on the 18th is 18:40 UTC on the 17th, the same UTC date as S2 at 23:50 IST on the 17th.
  await add({ type: "SALE", method: "CASH", amountPaise: 10_000, at: "2026-03-18T00:10:00", guest: true });
  await add({
    type: "SALE",
    method: "UPI",
    amountPaise: 25_050,
    at: "2026-03-17T23:50:00",
    customerId: c1.id,
    items: [item(soap, 2), item(rice, 1)],
  });
  await add({
    type: "CREDIT_SALE",
    method: "CREDIT",
    amountPaise: 30_000,
    at: "2026-03-18T10:00:00",
    customerId: c2.id,
    items: [item(oil, 3)],
  });
  const s4 = await add({
    type: "SALE",
    method: "CARD",
    amountPaise: 5_050,
    at: "2026-03-18T11:00:00",
    guest: true,
    items: [item(biscuit, 1)],
  });
  await voidOf(s4, "2026-03-18T11:30:00");
  // 04:30 IST on the 16th is still the 15th in UTC.
  await add({ type: "SALE", method: "CASH", amountPaise: 7_000, at: "2026-03-16T04:30:00", customerId: c1.id });
  await add({ type: "PAYMENT", method: "CASH", amountPaise: 25_000, at: "2026-03-14T10:00:00", customerId: c2.id });
  // Last week (the previous period); same weekday as today is the 11th.
  await add({
    type: "CREDIT_SALE",
    method: "CREDIT",
    amountPaise: 20_000,
    at: "2026-03-11T09:00:00",
    customerId: c2.id,
  });
  await add({ type: "SALE", method: "UPI", amountPaise: 12_345, at: "2026-03-11T15:00:00" });
  // Sold on the 9th, voided on the 17th: gone from the 9th, and the 17th is not reduced.
  const s8 = await add({
    type: "CREDIT_SALE",
    method: "CREDIT",
    amountPaise: 40_000,
    at: "2026-03-09T10:00:00",
    customerId: c1.id,
    items: [item(soap, 9)],
  });
  await voidOf(s8, "2026-03-17T20:00:00");
  // Older dues for aging.
  await add({
    type: "CREDIT_SALE",
    method: "CREDIT",
    amountPaise: 50_000,
    at: "2025-12-01T10:00:00",
    customerId: c3.id,
  });
  await add({
    type: "CREDIT_SALE",
    method: "CREDIT",
    amountPaise: 10_000,
    at: "2026-02-01T10:00:00",
    customerId: c3.id,
  });
  await add({ type: "PAYMENT", method: "UPI", amountPaise: 20_000, at: "2026-03-01T10:00:00", customerId: c3.id });
  await add({
    type: "CREDIT_SALE",
    method: "CREDIT",
    amountPaise: 10_000,
    at: "2026-01-10T10:00:00",
    customerId: c4.id,
  });
  await add({ type: "PAYMENT", method: "CASH", amountPaise: 10_000, at: "2026-01-15T10:00:00", customerId: c4.id });
  await add({
    type: "CREDIT_SALE",
    method: "CREDIT",
    amountPaise: 8_000,
    at: "2026-02-20T10:00:00",
    customerId: c4.id,
  });
  await add({ type: "PAYMENT", method: "CASH", amountPaise: 3_000, at: "2026-03-01T11:00:00", customerId: c4.id });
  // C5 paid for a bill that was later voided: an advance, not a due.
  await add({
    type: "CREDIT_SALE",
    method: "CREDIT",
    amountPaise: 6_000,
    at: "2026-03-02T10:00:00",
    customerId: c5.id,
  });
  const c5b = await add({
    type: "CREDIT_SALE",
    method: "CREDIT",
    amountPaise: 4_000,
    at: "2026-03-02T11:00:00",
    customerId: c5.id,
  });
  await add({ type: "PAYMENT", method: "CASH", amountPaise: 10_000, at: "2026-03-03T10:00:00", customerId: c5.id });
  await voidOf(c5b, "2026-03-04T10:00:00");
  // 00:10 IST on 16 Feb is the 15th in UTC: 30 days old in IST (0-30), 31 by the UTC date.
  await add({
    type: "CREDIT_SALE",
    method: "CREDIT",
    amountPaise: 15_000,
    at: "2026-02-16T00:10:00",
    customerId: c6.id,
  });
  await add({
    type: "CREDIT_SALE",
    method: "CREDIT",
    amountPaise: 9_000,
    at: "2025-12-20T12:00:00",
    customerId: c7.id,
  });

  // Another shop's sale on the same day never shows up here.
  const other = await makeMerchant();
  await db.transaction.create({
    data: {
      merchantId: other.merchant.id,
      clientId: crypto.randomUUID(),
      type: "SALE",
      method: "CASH",
      amountPaise: 99_900,
      occurredAt: ist("2026-03-18T09:00:00"),
    },
  });
  return { m, c1, c2, c3, c4, c5, c6, c7, soap, rice, oil, biscuit };
}

let shop: Awaited<ReturnType<typeof buildShop>>;
const week = () => resolvePeriod({ period: "7d" }, TZ, NOW);
beforeAll(async () => {
  shop = await buildShop();
});

describe("analytics figures against a hand-computed ledger", () => {
  it("today: sales, count and average (voids out) against the same weekday last week", async () => {
    expect(await todaySummary(shop.m, week(), NOW)).toEqual({
      date: "2026-03-18",
      salesPaise: 40_000,
      count: 2,
      averagePaise: 20_000,
      lastWeek: {
        date: "2026-03-11",
        salesPaise: 32_345,
        count: 2,
        averagePaise: 16_173,
        soFarPaise: 20_000,
        soFarCount: 1,
      },
      changePct: 100,
    });
  });

  it("revenue trend by IST day: 23:50 and 00:10 fall on their IST days, a later void reduces the original day", async () => {
    const trend = await revenueTrend(shop.m, week());
    expect(trend).toEqual([
      { date: "2026-03-12", revenuePaise: 0, count: 0 },
      { date: "2026-03-13", revenuePaise: 0, count: 0 },
      { date: "2026-03-14", revenuePaise: 0, count: 0 },
      { date: "2026-03-15", revenuePaise: 0, count: 0 },
      { date: "2026-03-16", revenuePaise: 7_000, count: 1 },
      { date: "2026-03-17", revenuePaise: 25_050, count: 1 },
      { date: "2026-03-18", revenuePaise: 40_000, count: 2 },
    ]);
    const prev = await revenueTrend(shop.m, week().previous);
    expect(prev.find((d) => d.date === "2026-03-09")).toEqual({ date: "2026-03-09", revenuePaise: 0, count: 0 });
    expect(prev.find((d) => d.date === "2026-03-11")).toEqual({ date: "2026-03-11", revenuePaise: 32_345, count: 2 });
  });

  it("sales by payment method, credit = pay later", async () => {
    expect(await salesByMethod(shop.m, week())).toEqual({
      CASH: { amountPaise: 17_000, count: 2 },
      CARD: { amountPaise: 0, count: 0 },
      UPI: { amountPaise: 25_050, count: 1 },
      CREDIT: { amountPaise: 30_000, count: 1 },
    });
  });

  it("sales by category from line items, with bare-amount sales as the unitemized rest", async () => {
    expect(await salesByCategory(shop.m, week())).toEqual({
      rows: [
        { category: "oil", amountPaise: 30_000, units: 3 },
        { category: "grocery", amountPaise: 16_050, units: 1 },
        { category: "personal care", amountPaise: 9_000, units: 2 },
      ],
      totalPaise: 72_050,
      unitemizedPaise: 17_000,
    });
  });

  it("top customers by spend (paid + credit), known customers only", async () => {
    const rows = await topCustomers(shop.m, week());
    expect(rows.map((r) => [r.name, r.spendPaise, r.count])).toEqual([
      ["C1", 32_050, 2],
      ["C2", 30_000, 1],
    ]);
  });

  it("top products by revenue and by units", async () => {
    const p = await topProducts(shop.m, week());
    expect(p.byRevenue.map((r) => [r.name, r.revenuePaise, r.units])).toEqual([
      ["Mustard oil", 30_000, 3],
      ["Basmati rice", 16_050, 1],
      ["Lux soap", 9_000, 2],
    ]);
    expect(p.byUnits.map((r) => r.name)).toEqual(["Mustard oil", "Lux soap", "Basmati rice"]);
    expect(p.byRevenue[0]!.productId).toBe(shop.oil.id);
  });

  it("guest vs known customers", async () => {
    expect(await guestVsKnown(shop.m, week())).toEqual({
      guest: { amountPaise: 10_000, count: 1 },
      known: { amountPaise: 62_050, count: 3, customers: 2 },
    });
  });

  it("growth against the previous 7 days", async () => {
    expect(await growth(shop.m, week())).toEqual({
      current: { revenuePaise: 72_050, count: 4, averagePaise: 18_013 },
      previous: { revenuePaise: 32_345, count: 2, averagePaise: 16_173, fromDate: "2026-03-05", toDate: "2026-03-11" },
      revenueChangePct: 122.8,
      countChangePct: 100,
      averageChangePct: 11.4,
    });
  });

  it("outstanding dues: FIFO settlement, age of the oldest unsettled bill in IST days, aging buckets", async () => {
    const d = await outstandingDues(shop.m, week(), NOW);
    expect(d.top.map((r) => [r.name, r.duePaise, r.ageDays, r.bucket, r.oldestDate, r.openBills])).toEqual([
      ["C3", 40_000, 107, "90+", "2025-12-01", 2],
      ["C2", 25_000, 0, "0-30", "2026-03-18", 1],
      ["C6", 15_000, 30, "0-30", "2026-02-16", 1],
      ["C7", 9_000, 88, "61-90", "2025-12-20", 1],
      ["C4", 5_000, 26, "0-30", "2026-02-20", 1],
    ]);
    expect(d.totalPaise).toBe(94_000);
    expect(d.customers).toBe(5);
    expect(d.buckets).toEqual({
      "0-30": { amountPaise: 45_000 },
      "31-60": { amountPaise: 10_000 },
      "61-90": { amountPaise: 9_000 },
      "90+": { amountPaise: 30_000 },
    });
    // Each due agrees with the ledger's balance; the advance customer owes nothing.
    for (const r of d.top) expect(await balanceOf(db, shop.m, r.customerId)).toBe(r.duePaise);
    expect(await balanceOf(db, shop.m, shop.c5.id)).toBe(-4_000);
  });

  it("stock alerts: out of stock first, archived products left out", async () => {
    expect(await stockAlerts(shop.m)).toEqual({
      outCount: 1,
      lowCount: 2,
      items: [
        expect.objectContaining({ name: "Mustard oil", stock: 0, state: "out" }),
        expect.objectContaining({ name: "Basmati rice", stock: 3, lowStockThreshold: 5, state: "low" }),
        expect.objectContaining({ name: "Parle-G", stock: 5, state: "low" }),
      ],
    });
  });

  it("dashboard returns every card; a custom period of one day and an empty shop give zeros", async () => {
    const all = await dashboard(shop.m, week(), NOW);
    expect(all.period).toEqual({ fromDate: "2026-03-12", toDate: "2026-03-18", tz: TZ });
    expect(all.growth.current.revenuePaise).toBe(all.trend.reduce((s, d) => s + d.revenuePaise, 0));
    expect(Object.values(all.methods).reduce((s, f) => s + f.amountPaise, 0)).toBe(72_050);
    const day = resolvePeriod({ from: "2026-03-17", to: "2026-03-17" }, TZ, NOW);
    expect(await revenueTrend(shop.m, day)).toEqual([{ date: "2026-03-17", revenuePaise: 25_050, count: 1 }]);

    const { merchant: empty } = await makeMerchant();
    const none = await dashboard(empty.id, resolvePeriod({ period: "30d" }, TZ, NOW), NOW);
    expect(none.trend).toHaveLength(30);
    expect(none.trend.every((d) => d.revenuePaise === 0)).toBe(true);
    expect(none.today).toMatchObject({ salesPaise: 0, count: 0, averagePaise: 0, changePct: null });
    expect(none.categories).toEqual({ rows: [], totalPaise: 0, unitemizedPaise: 0 });
    expect(none.customers).toEqual([]);
    expect(none.products).toEqual({ byRevenue: [], byUnits: [] });
    expect(none.growth.revenueChangePct).toBeNull();
    expect(none.dues).toEqual({
      totalPaise: 0,
      customers: 0,
      top: [],
      buckets: expect.objectContaining({ "90+": { amountPaise: 0 } }),
    });
    expect(none.stock).toEqual({ outCount: 0, lowCount: 0, items: [] });
  });
});
