// One seeded ledger, every place that shows a figure: the home screens, the customers page
// query, analytics, the API and the CSV must all say the same number (lib/ledger-sql.ts).
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as billsApi } from "@/app/api/v1/bills/route";
import { GET as customersApi } from "@/app/api/v1/customers/route";
import { GET as customerDashboardApi } from "@/app/api/v1/dashboard/customer/route";
import { GET as merchantDashboardApi } from "@/app/api/v1/dashboard/merchant/route";
import { cardCsv } from "@/app/merchant/analytics/export/csv";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { outstandingDues, todaySummary } from "@/lib/queries/analytics";
import { resolvePeriod } from "@/lib/domain/analytics-period";
import { duesByShop } from "@/lib/queries/customer-bills";
import { parseCsv } from "@/lib/domain/csv";
import type { TransactionType } from "@/lib/generated/prisma/enums";
import { makeCustomer, makeMerchant, makeUser } from "@/lib/test/factories";
import { getCustomerList } from "./customers";
import { customerHomeFigures, merchantHomeFigures } from "./home";
import { countOpenOrders } from "./orders";

type Json = Record<string, any>;
const get = async (handler: Parameters<typeof callRoute>[0], path: string, token: string) => {
  const res = await callRoute(handler, path, { token });
  expect(res.status).toBe(200);
  return (await res.json()) as Json;
};

const w = {} as {
  shopA: string;
  shopB: string;
  tokenA: string;
  priya: { id: string; token: string };
};

/** A ledger row written as the domain writes it (the rows are what every figure reads). */
async function entry(
  merchantId: string,
  type: TransactionType,
  amountPaise: number,
  over: { customerId?: string; voidsId?: string; method?: "CASH" | "CREDIT"; occurredAt?: Date } = {},
) {
  return db.transaction.create({
    data: {
      merchantId,
      clientId: crypto.randomUUID(),
      type,
      method: over.method ?? (type === "CREDIT_SALE" ? "CREDIT" : "CASH"),
      amountPaise,
      customerId: over.customerId ?? null,
      voidsId: over.voidsId ?? null,
      occurredAt: over.occurredAt ?? new Date(),
    },
  });
}
const voidOf = (t: {
  id: string;
  merchantId: string;
  type: TransactionType;
  method: string;
  amountPaise: number;
  customerId: string | null;
}) =>
  entry(t.merchantId, "VOID", t.amountPaise, {
    voidsId: t.id,
    customerId: t.customerId ?? undefined,
    method: t.method as "CASH" | "CREDIT",
  });

beforeAll(async () => {
  const [a, b] = [await makeMerchant(), await makeMerchant()];
  w.shopA = a.merchant.id;
  w.shopB = b.merchant.id;
  w.tokenA = (await bearerFor(a.user.id)).token;
  const priya = await makeUser("CUSTOMER", { name: "Priya Patel" });
  w.priya = { id: priya.id, token: (await bearerFor(priya.id)).token };
  const priyaA = await makeCustomer(w.shopA, { userId: priya.id });
  const priyaB = await makeCustomer(w.shopB, { userId: priya.id });
  const amit = await makeCustomer(w.shopA, { name: "Amit" });
  const ravi = await makeCustomer(w.shopA, { name: "Ravi" });

  // Shop A: Priya owes 500, Amit 120; Ravi paid 200 for a bill later voided (an advance of 200).
  await entry(w.shopA, "CREDIT_SALE", 50_000, { customerId: priyaA.id });
  await entry(w.shopA, "CREDIT_SALE", 12_000, { customerId: amit.id });
  const raviBill = await entry(w.shopA, "CREDIT_SALE", 20_000, { customerId: ravi.id });
  await entry(w.shopA, "PAYMENT", 20_000, { customerId: ravi.id });
  await voidOf(raviBill);
  // A walk-in sale today, one voided today, and yesterday's sale voided today.
  await entry(w.shopA, "SALE", 9_900);
  await voidOf(await entry(w.shopA, "SALE", 4_000));
  await voidOf(await entry(w.shopA, "SALE", 7_000, { occurredAt: new Date(Date.now() - 36 * 3_600_000) }));
  // Shop B: Priya paid 300 for a bill later voided: an advance there, no due.
  const priyaBill = await entry(w.shopB, "CREDIT_SALE", 30_000, { customerId: priyaB.id });
  await entry(w.shopB, "PAYMENT", 30_000, { customerId: priyaB.id });
  await voidOf(priyaBill);
  // Orders: two open at A (placed, ready), one completed.
  for (const status of ["PLACED", "READY", "COMPLETED"] as const)
    await db.order.create({
      data: {
        merchantId: w.shopA,
        customerId: priyaA.id,
        userId: priya.id,
        status,
        paymentMethod: "CASH",
        totalPaise: 1_000,
        clientId: crypto.randomUUID(),
      },
    });
});

// Today's live sales at A: 500 + 120 + 99 (Ravi's bill and both voided sales are not live).
const TODAY = { amountPaise: 71_900, count: 3 };
// A's dues: 500 + 120, Ravi's advance of 200 held apart (it never lowers the dues).
const SHOP_DUE = 62_000;
const SHOP_ADVANCE = 20_000;
// Priya owes 500 at A; her 300 advance at B does not net against it.
const PRIYA_DUE = 50_000;
const PRIYA_ADVANCE = 30_000;

describe("the same figure everywhere", () => {
  it("today's sales: home, analytics, API and CSV", async () => {
    const p = resolvePeriod({ period: "today" }, "Asia/Kolkata");
    const home = await merchantHomeFigures(w.shopA, "Asia/Kolkata");
    const analytics = await todaySummary(w.shopA, p);
    const api = await get(merchantDashboardApi, "/api/v1/dashboard/merchant?period=today", w.tokenA);
    const csv = parseCsv(await cardCsv("today", w.shopA, p, (k) => k)).map((r) => r.cells);
    expect({ amountPaise: home.todaySalesPaise, count: home.todayCount }).toEqual(TODAY);
    expect({ amountPaise: analytics.salesPaise, count: analytics.count }).toEqual(TODAY);
    expect({ amountPaise: api.today.salesPaise, count: api.today.count }).toEqual(TODAY);
    expect(csv[1]?.slice(2, 4)).toEqual(["719.00", "3"]);
  });

  it("a shop's dues add each tab's due; advances are apart: home, customers page, analytics, API, CSV", async () => {
    const p = resolvePeriod({ period: "7d" }, "Asia/Kolkata");
    const home = await merchantHomeFigures(w.shopA, "Asia/Kolkata");
    const page = await getCustomerList(w.shopA, { sort: "due", page: 1 });
    const searched = await getCustomerList(w.shopA, { q: "Amit", sort: "due", page: 1 });
    const analytics = await outstandingDues(w.shopA, p);
    const api = await get(customersApi, "/api/v1/customers", w.tokenA);
    const dash = await get(merchantDashboardApi, "/api/v1/dashboard/merchant", w.tokenA);
    const csv = parseCsv(await cardCsv("dues", w.shopA, p, (k) => k)).map((r) => r.cells);
    const csvDue = csv
      .slice(1)
      .filter((r) => r.length === 7)
      .reduce((s, r) => s + Math.round(Number(r[2]) * 100), 0);

    expect([home.owedPaise, page.shopDuePaise, searched.shopDuePaise, analytics.totalPaise]).toEqual([
      SHOP_DUE,
      SHOP_DUE,
      SHOP_DUE,
      SHOP_DUE,
    ]);
    expect([api.totalDuePaise, dash.dues.totalPaise, csvDue]).toEqual([SHOP_DUE, SHOP_DUE, SHOP_DUE]);
    expect([home.advancePaise, page.shopAdvancePaise, api.totalAdvancePaise]).toEqual([
      SHOP_ADVANCE,
      SHOP_ADVANCE,
      SHOP_ADVANCE,
    ]);
    // The tab itself still shows its signed balance (the advance as a negative due).
    expect(page.rows.find((r) => r.name === "Ravi")?.duePaise).toBe(-SHOP_ADVANCE);
  });

  it("a customer's total due never nets an advance at another shop: home, bills, API", async () => {
    const home = await customerHomeFigures(w.priya.id);
    const bills = await duesByShop(w.priya.id);
    const dash = await get(customerDashboardApi, "/api/v1/dashboard/customer", w.priya.token);
    const billsApiBody = await get(billsApi, "/api/v1/bills", w.priya.token);
    expect([home.duePaise, bills.totalDuePaise, dash.duePaise, billsApiBody.totalDuePaise]).toEqual([
      PRIYA_DUE,
      PRIYA_DUE,
      PRIYA_DUE,
      PRIYA_DUE,
    ]);
    expect([home.advancePaise, bills.totalAdvancePaise, dash.advancePaise, billsApiBody.totalAdvancePaise]).toEqual([
      PRIYA_ADVANCE,
      PRIYA_ADVANCE,
      PRIYA_ADVANCE,
      PRIYA_ADVANCE,
    ]);
    expect(home.shops).toBe(2);
  });

  it("open orders: home, orders tab badge and API dashboard", async () => {
    const home = await merchantHomeFigures(w.shopA, "Asia/Kolkata");
    const dash = await get(merchantDashboardApi, "/api/v1/dashboard/merchant", w.tokenA);
    expect([home.openOrders, await countOpenOrders(w.shopA), dash.openOrders]).toEqual([2, 2, 2]);
  });
});
