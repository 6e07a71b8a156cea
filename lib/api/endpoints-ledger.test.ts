import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listCustomers } from "@/app/api/v1/customers/route";
import { GET as statement } from "@/app/api/v1/customers/[id]/route";
import { GET as customerDashboard } from "@/app/api/v1/dashboard/customer/route";
import { GET as merchantDashboard } from "@/app/api/v1/dashboard/merchant/route";
import { POST as recordPayment } from "@/app/api/v1/payments/route";
import { POST as recordSale } from "@/app/api/v1/sales/route";
import { GET as listTransactions } from "@/app/api/v1/transactions/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { makeCustomer, makeMerchant, makeProduct, makeUser } from "@/lib/test/factories";

type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;
const uuid = () => crypto.randomUUID();

// Two shops; Priya has a tab at both (linked to her account), Amit only at shop A.
const w = {} as {
  a: { id: string; token: string };
  b: { id: string; token: string };
  priya: { token: string; tabA: string; tabB: string };
  amitTab: string;
  entries: Record<string, string>;
};

const sale = (token: string, body: Json) => callRoute(recordSale, "/api/v1/sales", { token, body }).then(json);
const pay = (token: string, body: Json) => callRoute(recordPayment, "/api/v1/payments", { token, body }).then(json);

beforeAll(async () => {
  const [a, b] = [await makeMerchant(), await makeMerchant()];
  w.a = { id: a.merchant.id, token: (await bearerFor(a.user.id)).token };
  w.b = { id: b.merchant.id, token: (await bearerFor(b.user.id)).token };
  const priya = await makeUser("CUSTOMER", { name: "Priya Patel" });
  w.priya = {
    token: (await bearerFor(priya.id)).token,
    tabA: (await makeCustomer(w.a.id, { name: "Priya Patel", userId: priya.id })).id,
    tabB: (await makeCustomer(w.b.id, { name: "Priya P", userId: priya.id })).id,
  };
  w.amitTab = (await makeCustomer(w.a.id, { name: "Amit Shah" })).id;
  const atta = await makeProduct(w.a.id, { name: "Atta", pricePaise: 30_000, stock: 10 });
  w.entries = {
    bill1: (
      await sale(w.a.token, { clientId: uuid(), payment: "pay_later", customerId: w.priya.tabA, amountPaise: 50_000 })
    ).id,
    bill2: (
      await sale(w.a.token, {
        clientId: uuid(),
        payment: "pay_later",
        customerId: w.priya.tabA,
        items: [{ productId: atta.id, quantity: 1 }],
      })
    ).id,
    guest: (await sale(w.a.token, { clientId: uuid(), payment: "cash", amountPaise: 9_900 })).id,
    amit: (
      await sale(w.a.token, { clientId: uuid(), payment: "pay_later", customerId: w.amitTab, amountPaise: 12_000 })
    ).id,
    priyaB: (
      await sale(w.b.token, { clientId: uuid(), payment: "pay_later", customerId: w.priya.tabB, amountPaise: 7_000 })
    ).id,
  };
  w.entries.payment = (
    await pay(w.a.token, { customerId: w.priya.tabA, amountPaise: 60_000, method: "cash", clientId: uuid() })
  ).id;
});

const ids = async (token: string, qs = "") =>
  ((await json(await callRoute(listTransactions, `/api/v1/transactions${qs}`, { token }))).items as Json[]).map(
    (t) => t.id,
  );

describe("GET /api/v1/transactions", () => {
  it("gives a merchant the shop's entries newest first, filtered by type, customer and time", async () => {
    const all = await ids(w.a.token);
    const e = w.entries;
    expect(all).toEqual([e.payment, e.amit, e.guest, e.bill2, e.bill1]);
    expect(await ids(w.a.token, "?type=credit_sale")).toEqual([e.amit, e.bill2, e.bill1]);
    expect(await ids(w.a.token, `?customerId=${w.priya.tabA}&type=payment`)).toEqual([e.payment]);
    expect(await ids(w.a.token, `?from=${new Date(Date.now() + 60_000).toISOString()}`)).toEqual([]);
    expect(await ids(w.a.token, `?to=${new Date(Date.now() + 60_000).toISOString()}&limit=2`)).toEqual([
      e.payment,
      e.amit,
    ]);

    const page = await json(await callRoute(listTransactions, "/api/v1/transactions?type=sale", { token: w.a.token }));
    expect(page.items[0]).toMatchObject({
      id: e.guest,
      type: "sale",
      method: "cash",
      amountPaise: 9_900,
      customerId: null,
      shopId: w.a.id,
      voided: false,
    });
    const bad = await callRoute(listTransactions, "/api/v1/transactions?from=2026-02-01&to=2026-01-01&type=refund", {
      token: w.a.token,
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields).toMatchObject({ type: "invalid" });
  });

  it("gives a customer only the entries on their own tabs, at every shop", async () => {
    const mine = await ids(w.priya.token);
    const e = w.entries;
    expect(mine).toEqual([e.payment, e.priyaB, e.bill2, e.bill1]);
    const items = (await json(await callRoute(listTransactions, "/api/v1/transactions", { token: w.priya.token })))
      .items as Json[];
    expect(new Set(items.map((t) => t.shopId))).toEqual(new Set([w.a.id, w.b.id]));
    // Someone else's tab id filters to nothing rather than leaking their rows.
    expect(await ids(w.priya.token, `?customerId=${w.amitTab}`)).toEqual([]);
  });
});

describe("GET /api/v1/customers and /customers/{id}", () => {
  it("lists the shop's tabs with dues, sorted and paged", async () => {
    const res = await json(await callRoute(listCustomers, "/api/v1/customers?sort=due&limit=1", { token: w.a.token }));
    expect(res.items).toEqual([
      expect.objectContaining({
        id: w.priya.tabA,
        duePaise: 20_000,
        claimed: true,
        lastActivityAt: expect.stringMatching(/Z$/),
      }),
    ]);
    expect(res.totalDuePaise).toBe(32_000);
    const next = await json(
      await callRoute(listCustomers, `/api/v1/customers?sort=due&cursor=${res.nextCursor}`, { token: w.a.token }),
    );
    expect(next.items.map((c: Json) => [c.id, c.duePaise])).toEqual([[w.amitTab, 12_000]]);
    expect(next.nextCursor).toBeNull();
    const q = await json(await callRoute(listCustomers, "/api/v1/customers?q=amit", { token: w.a.token }));
    expect(q.items.map((c: Json) => c.name)).toEqual(["Amit Shah"]);
  });

  it("gives a tab's statement with oldest bills settled first", async () => {
    const res = await callRoute(statement, `/api/v1/customers/${w.priya.tabA}`, {
      token: w.a.token,
      params: { id: w.priya.tabA },
    });
    expect(res.status).toBe(200);
    const s = await json(res);
    expect(s.balancePaise).toBe(20_000);
    expect(s.customer).toMatchObject({ id: w.priya.tabA, claimed: true });
    expect(s.entries.map((e: Json) => [e.type, e.method, e.bill?.status ?? null, e.balanceAfterPaise])).toEqual([
      ["credit_sale", "pay_later", "paid", 50_000],
      ["credit_sale", "pay_later", "partly_paid", 80_000],
      ["payment", "cash", null, 20_000],
    ]);
    expect(s.entries[1].bill).toEqual({ paidPaise: 10_000, duePaise: 20_000, status: "partly_paid" });
  });
});

describe("GET /api/v1/dashboard/merchant and /dashboard/customer", () => {
  it("gives the shop's figures for a period, with the API's enum words", async () => {
    const res = await callRoute(merchantDashboard, "/api/v1/dashboard/merchant?period=today", { token: w.a.token });
    expect(res.status).toBe(200);
    const d = await json(res);
    expect(d.period.tz).toBe("Asia/Kolkata");
    expect(d.today.salesPaise).toBe(50_000 + 30_000 + 9_900 + 12_000);
    expect(Object.keys(d.methods).sort()).toEqual(["card", "cash", "pay_later", "upi"]);
    expect(d.methods.pay_later).toEqual({ amountPaise: 92_000, count: 3 });
    expect(d.dues.totalPaise).toBe(32_000);
    expect(d.openOrders).toBe(0);
    const bad = await callRoute(merchantDashboard, "/api/v1/dashboard/merchant?period=year", { token: w.a.token });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields).toHaveProperty("period");
  });

  it("gives a customer their total due across shops", async () => {
    const d = await json(await callRoute(customerDashboard, "/api/v1/dashboard/customer", { token: w.priya.token }));
    expect(d).toEqual({ duePaise: 20_000 + 7_000, advancePaise: 0, shopCount: 2 });
  });
});
