// The daily summary (kept by database triggers) gives the same figures as the ledger itself.
// A random ledger (fixed seed) of paid and pay-later sales with and without line items,
// keypad amounts, payments, voids of earlier days' sales, partial returns refunded in cash or
// onto the tab, and back-dated offline sales written after newer ones, many of them within
// minutes of midnight in Asia/Kolkata; each analytics figure is then computed straight from
// the ledger rows in TypeScript and compared, for several periods. Also: the incrementally
// kept summary equals one rebuilt from scratch, and a shop's time zone change re-cuts its days.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resolvePeriod, type ResolvedPeriod } from "@/lib/domain/analytics-period";
import type { PaymentMethod, TransactionType } from "@/lib/generated/prisma/enums";
import { makeCustomer, makeMerchant, makeProduct } from "@/lib/test/factories";
import { addDays, zonedDate, zonedDayStart } from "@/lib/time";
import { todaySales } from "./ledger";
import {
  growth,
  guestVsKnown,
  revenueTrend,
  salesByCategory,
  salesByMethod,
  todaySummary,
  topCustomers,
  topProducts,
} from "./analytics";

const TZ = "Asia/Kolkata";
type Item = { productId: string | null; name: string; category: string; quantityMilli: number; lineTotalPaise: number };
type Row = {
  id: string;
  type: TransactionType;
  method: PaymentMethod;
  amountPaise: number;
  customerId: string | null;
  voidsId: string | null;
  occurredAt: Date;
  items: Item[];
};

let merchantId = "";
const ledger: Row[] = [];
const names = new Map<string, string>();

/** mulberry32: the same "random" ledger on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(21);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

async function write(r: Omit<Row, "id">): Promise<Row> {
  // The entry and then its line items, in one transaction, as the sale and return writes do.
  const t = await db.$transaction(async (tx) => {
    const t = await tx.transaction.create({
      data: {
        merchantId,
        clientId: crypto.randomUUID(),
        type: r.type,
        method: r.method,
        amountPaise: r.amountPaise,
        customerId: r.customerId,
        voidsId: r.voidsId,
        occurredAt: r.occurredAt,
      },
      select: { id: true },
    });
    if (r.items.length)
      await tx.transactionItem.createMany({
        data: r.items.map((i) => ({ ...i, transactionId: t.id, merchantId, unitPricePaise: i.lineTotalPaise })),
      });
    return t;
  });
  const row = { ...r, id: t.id };
  ledger.push(row);
  return row;
}

beforeAll(async () => {
  merchantId = (await makeMerchant({ timeZone: TZ })).merchant.id;
  const customers = [];
  for (const name of ["Asha", "Bala", "Chitra", "Dev"]) {
    const c = await makeCustomer(merchantId, { name });
    names.set(c.id, name);
    customers.push(c.id);
  }
  const products: Omit<Item, "quantityMilli" | "lineTotalPaise">[] = [
    { productId: null, name: "Quick sale", category: "" },
  ];
  for (const [name, category] of [
    ["Rice", "grocery"],
    ["Dal", "grocery"],
    ["Milk", "dairy"],
    ["Soap", "household"],
  ] as const) {
    const p = await makeProduct(merchantId, { name, category });
    names.set(p.id, name);
    products.push({ productId: p.id, name, category });
  }
  const now = Date.now();
  const today = zonedDate(new Date(now), TZ);
  // Any time in the last 9 local days; every third one within 10 minutes of a local midnight.
  const when = () => {
    const day = addDays(today, -Math.floor(rand() * 9));
    const at =
      rand() < 0.35
        ? zonedDayStart(day, TZ).getTime() + (rand() - 0.5) * 20 * 60_000
        : zonedDayStart(day, TZ).getTime() + rand() * 86_400_000;
    return new Date(Math.min(at, now - 1_000));
  };
  const sales: Row[] = [];
  // Written in random time order: an entry older than the last one is an offline sale synced late.
  for (let n = 0; n < 90; n++) {
    const credit = rand() < 0.3;
    const customerId = credit || rand() < 0.4 ? pick(customers) : null;
    const items = Array.from({ length: Math.floor(rand() * 4) }, () => {
      const p = pick(products);
      const quantityMilli = 250 * (1 + Math.floor(rand() * 8));
      return {
        ...p,
        quantityMilli,
        lineTotalPaise: Math.round((quantityMilli * (500 + Math.floor(rand() * 9000))) / 1000),
      };
    });
    const amountPaise = items.length
      ? items.reduce((s, i) => s + i.lineTotalPaise, 0)
      : 100 + Math.floor(rand() * 50_000);
    sales.push(
      await write({
        type: credit ? "CREDIT_SALE" : "SALE",
        method: credit ? "CREDIT" : pick(["CASH", "UPI", "CARD"] as const),
        amountPaise,
        customerId,
        voidsId: null,
        occurredAt: when(),
        items,
      }),
    );
    if (rand() < 0.1)
      await write({
        type: "PAYMENT",
        method: "CASH",
        amountPaise: 1_000,
        customerId: pick(customers),
        voidsId: null,
        occurredAt: when(),
        items: [],
      });
  }
  // Voids now, of sales of any day; returns of others, later than the sale (some cross midnight).
  const shuffled = [...sales].sort(() => rand() - 0.5);
  for (const s of shuffled.slice(0, 12))
    await write({ ...s, type: "VOID", voidsId: s.id, occurredAt: new Date(now - 500), items: [] });
  for (const s of shuffled
    .slice(12)
    .filter((s) => s.items.some((i) => i.productId))
    .slice(0, 14)) {
    const line = s.items.find((i) => i.productId)!;
    const quantityMilli = Math.max(250, Math.floor((line.quantityMilli * rand()) / 250) * 250);
    const refund = Math.round((line.lineTotalPaise * quantityMilli) / line.quantityMilli);
    const at = Math.min(s.occurredAt.getTime() + rand() * 2 * 86_400_000, now - 1_000);
    await write({
      type: "RETURN",
      method: s.customerId && rand() < 0.5 ? "CREDIT" : "CASH",
      amountPaise: refund,
      customerId: s.customerId,
      voidsId: null,
      occurredAt: new Date(at),
      items: [{ ...line, quantityMilli, lineTotalPaise: refund }],
    });
  }
}, 120_000);

// ---- the same figures, straight from the ledger rows ----
const voided = () => new Set(ledger.filter((r) => r.type === "VOID").map((r) => r.voidsId));
function rowsIn(from: Date, to: Date) {
  const v = voided();
  const inRange = (r: Row) => r.occurredAt >= from && r.occurredAt < to;
  return {
    live: ledger.filter((r) => (r.type === "SALE" || r.type === "CREDIT_SALE") && !v.has(r.id) && inRange(r)),
    returns: ledger.filter((r) => r.type === "RETURN" && inRange(r)),
  };
}
const sum = (rows: Row[]) => rows.reduce((s, r) => s + r.amountPaise, 0);
const net = (p: { from: Date; to: Date }) => {
  const { live, returns } = rowsIn(p.from, p.to);
  return { revenuePaise: sum(live) - sum(returns), count: live.length };
};

function byKey(p: ResolvedPeriod, key: (i: Item) => string | null) {
  const { live, returns } = rowsIn(p.from, p.to);
  const out = new Map<string, { paise: number; milli: number }>();
  for (const [rows, sign] of [
    [live, 1],
    [returns, -1],
  ] as const)
    for (const r of rows)
      for (const i of r.items) {
        const k = i.productId ? key(i) : null;
        if (k === null) continue;
        const o = out.get(k) ?? { paise: 0, milli: 0 };
        out.set(k, { paise: o.paise + sign * i.lineTotalPaise, milli: o.milli + sign * i.quantityMilli });
      }
  return out;
}

const periods = () => [
  resolvePeriod({ period: "today" }, TZ),
  resolvePeriod({ period: "7d" }, TZ),
  resolvePeriod({ period: "30d" }, TZ),
  resolvePeriod({ from: addDays(zonedDate(new Date(), TZ), -4), to: addDays(zonedDate(new Date(), TZ), -2) }, TZ),
];

/** The shop's summary rows that hold anything, as text (zero rows are left by voids). */
const snapshot = async () =>
  JSON.stringify(
    await db.$queryRaw`
        SELECT 'd' AS t, "day"::text, "kind"::text || "method"::text || "known"::text AS k, "amountPaise"::text AS a, "count"::text AS n, "voidedPaise"::text AS v
          FROM "SalesDay" WHERE "merchantId" = ${merchantId} AND ("count" <> 0 OR "voidedCount" <> 0)
        UNION ALL SELECT 'c', "day"::text, "category", ("soldPaise" - 0)::text || '/' || "returnedPaise", "soldMilli"::text, "returnedMilli"::text
          FROM "SalesDayCategory" WHERE "merchantId" = ${merchantId} AND ("soldMilli" <> 0 OR "returnedMilli" <> 0)
        UNION ALL SELECT 'p', "day"::text, "productId" || "name", "soldPaise"::text || '/' || "returnedPaise", "soldMilli"::text, "returnedMilli"::text
          FROM "SalesDayProduct" WHERE "merchantId" = ${merchantId} AND ("soldMilli" <> 0 OR "returnedMilli" <> 0)
        UNION ALL SELECT 'u', "day"::text, "customerId", "salesPaise"::text, "salesCount"::text, "returnedPaise"::text
          FROM "SalesDayCustomer" WHERE "merchantId" = ${merchantId} AND ("salesCount" <> 0 OR "returnedPaise" <> 0)
        ORDER BY 1, 2, 3`,
  );

describe("analytics from the daily summary = the same figures from the ledger", () => {
  it("revenue by day (net of returns), by method, growth and guests", async () => {
    for (const p of periods()) {
      const days = Array.from({ length: p.days }, (_, k) => addDays(p.fromDate, k));
      const trend = days.map((date) => {
        const f = net({ from: zonedDayStart(date, TZ), to: zonedDayStart(addDays(date, 1), TZ) });
        return { date, ...f };
      });
      expect(await revenueTrend(merchantId, p)).toEqual(trend);

      const { live, returns } = rowsIn(p.from, p.to);
      const methodOf = (r: Row) => (r.type === "CREDIT_SALE" ? "CREDIT" : r.method);
      const methods = Object.fromEntries(
        (["CASH", "CARD", "UPI", "CREDIT"] as const).map((m) => [
          m,
          {
            amountPaise: sum(live.filter((r) => methodOf(r) === m)) - sum(returns.filter((r) => r.method === m)),
            count: live.filter((r) => methodOf(r) === m).length,
          },
        ]),
      );
      expect(await salesByMethod(merchantId, p)).toEqual(methods);

      const g = await growth(merchantId, p);
      expect({ revenuePaise: g.current.revenuePaise, count: g.current.count }).toEqual(net(p));
      expect({ revenuePaise: g.previous.revenuePaise, count: g.previous.count }).toEqual(net(p.previous));

      const known = (r: Row) => r.customerId !== null;
      expect(await guestVsKnown(merchantId, p)).toEqual({
        guest: {
          amountPaise: sum(live.filter((r) => !known(r))) - sum(returns.filter((r) => !known(r))),
          count: live.filter((r) => !known(r)).length,
        },
        known: {
          amountPaise: sum(live.filter(known)) - sum(returns.filter(known)),
          count: live.filter(known).length,
          customers: new Set(live.filter(known).map((r) => r.customerId)).size,
        },
      });
    }
  });

  it("categories, top products and top customers, less what came back", async () => {
    for (const p of periods()) {
      const cats = byKey(p, (i) => i.category);
      const rows = [...cats]
        .map(([category, v]) => ({ category, amountPaise: v.paise, units: v.milli / 1000 }))
        .sort((a, b) => b.amountPaise - a.amountPaise || a.category.localeCompare(b.category));
      const c = await salesByCategory(merchantId, p);
      expect(c.totalPaise).toBe(net(p).revenuePaise);
      expect(c.rows).toEqual(rows);
      expect(c.unitemizedPaise).toBe(c.totalPaise - rows.reduce((s, r) => s + r.amountPaise, 0));

      const prods = [...byKey(p, (i) => i.productId)].map(([productId, v]) => ({
        productId,
        name: names.get(productId)!,
        revenuePaise: v.paise,
        units: v.milli / 1000,
      }));
      const tp = await topProducts(merchantId, p);
      const order = (f: "revenuePaise" | "units") =>
        [...prods].sort((a, b) => b[f] - a[f] || a.name.localeCompare(b.name));
      expect(tp.byRevenue).toEqual(order("revenuePaise"));
      expect(tp.byUnits).toEqual(order("units"));

      const { live, returns } = rowsIn(p.from, p.to);
      const buyers = [...new Set(live.map((r) => r.customerId).filter((x): x is string => x !== null))];
      const top = buyers
        .map((id) => ({
          customerId: id,
          name: names.get(id)!,
          spendPaise: sum(live.filter((r) => r.customerId === id)) - sum(returns.filter((r) => r.customerId === id)),
          count: live.filter((r) => r.customerId === id).length,
        }))
        .sort((a, b) => b.spendPaise - a.spendPaise || a.name.localeCompare(b.name));
      expect((await topCustomers(merchantId, p)).map(({ phone: _phone, ...r }) => r)).toEqual(top);
    }
  });

  it("today, last week's same day (whole and so far), and the home screen's today", async () => {
    const now = new Date();
    const today = zonedDate(now, TZ);
    const start = zonedDayStart(today, TZ);
    const lw = addDays(today, -7);
    const t = await todaySummary(merchantId, { tz: TZ }, now);
    const todayFig = net({ from: start, to: zonedDayStart(addDays(today, 1), TZ) });
    expect({ salesPaise: t.salesPaise, count: t.count }).toEqual({
      salesPaise: todayFig.revenuePaise,
      count: todayFig.count,
    });
    expect(await todaySales(merchantId, TZ, now)).toEqual({
      amountPaise: todayFig.revenuePaise,
      count: todayFig.count,
    });
    const soFar = net({
      from: zonedDayStart(lw, TZ),
      to: new Date(zonedDayStart(lw, TZ).getTime() + (now.getTime() - start.getTime())),
    });
    expect({ soFarPaise: t.lastWeek.soFarPaise, soFarCount: t.lastWeek.soFarCount }).toEqual({
      soFarPaise: soFar.revenuePaise,
      soFarCount: soFar.count,
    });
  });

  it("the summary kept by the triggers equals one rebuilt from the ledger", async () => {
    const kept = await snapshot();
    await db.$executeRaw`SELECT summary_rebuild(${merchantId})`;
    expect(await snapshot()).toBe(kept);
    expect(kept.length).toBeGreaterThan(1_000);
  });

  it("a shop that moves to another time zone gets its days re-cut", async () => {
    await db.merchant.update({ where: { id: merchantId }, data: { timeZone: "America/New_York" } });
    try {
      const p = resolvePeriod({ period: "7d" }, "America/New_York");
      const days = Array.from({ length: p.days }, (_, k) => addDays(p.fromDate, k));
      const zone = "America/New_York";
      const trend = days.map((date) => ({
        date,
        ...net({ from: zonedDayStart(date, zone), to: zonedDayStart(addDays(date, 1), zone) }),
      }));
      expect(await revenueTrend(merchantId, p)).toEqual(trend);
    } finally {
      await db.merchant.update({ where: { id: merchantId }, data: { timeZone: TZ } });
    }
  });

  // Last: it changes the ledger behind the in-memory copy the other tests compare with.
  it("a data fix (row moved, line item deleted, a row written then changed in one transaction) recounts its days", async () => {
    const sale = ledger.find((r) => r.type === "SALE" && r.items.some((i) => i.productId))!;
    await db.transaction.update({
      where: { id: sale.id },
      data: { occurredAt: new Date(sale.occurredAt.getTime() - 2 * 86_400_000) },
    });
    await db.transactionItem.deleteMany({ where: { transactionId: sale.id, productId: { not: null } } });
    const before = await todaySales(merchantId, TZ);
    await db.$transaction(async (tx) => {
      const t = await tx.transaction.create({
        data: { merchantId, clientId: crypto.randomUUID(), type: "SALE", method: "UPI", amountPaise: 777 },
      });
      await tx.transaction.update({ where: { id: t.id }, data: { amountPaise: 888 } });
      await tx.transaction.delete({
        where: {
          id: (
            await tx.transaction.create({
              data: { merchantId, clientId: crypto.randomUUID(), type: "SALE", method: "CARD", amountPaise: 999 },
            })
          ).id,
        },
      });
    });
    const kept = await snapshot();
    await db.$executeRaw`SELECT summary_rebuild(${merchantId})`;
    expect(await snapshot()).toBe(kept);
    // The row written then changed counts once, at its final amount; the one deleted not at all.
    expect(await todaySales(merchantId, TZ)).toEqual({
      amountPaise: before.amountPaise + 888,
      count: before.count + 1,
    });
  });
});
