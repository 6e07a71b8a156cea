// The counter's people and cash through the API: staff by the owner, a cashier's limits,
// shortfalls, the credit limit override and the day's drawer.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/v1/auth/login/route";
import { GET as merchantDashboard } from "@/app/api/v1/dashboard/merchant/route";
import { POST as recordSale } from "@/app/api/v1/sales/route";
import { POST as returnGoods } from "@/app/api/v1/sales/[id]/returns/route";
import { POST as voidSale } from "@/app/api/v1/sales/[id]/void/route";
import { POST as cashMove } from "@/app/api/v1/shifts/[id]/cash/route";
import { POST as closeShift } from "@/app/api/v1/shifts/[id]/close/route";
import { POST as openShift } from "@/app/api/v1/shifts/route";
import { POST as addStaff } from "@/app/api/v1/staff/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant, makeProduct, uniquePhone } from "@/lib/test/factories";

type Json = Record<string, any>;
const uuid = () => crypto.randomUUID();
let merchantId: string;
let owner: string;
let cashier: string;
let cashierId: string;

beforeAll(async () => {
  const { user, merchant } = await makeMerchant();
  merchantId = merchant.id;
  ({ token: owner } = await bearerFor(user.id));
  const phone = uniquePhone();
  const res = await callRoute(addStaff, "/api/v1/staff", {
    token: owner,
    body: { name: "Ravi Cashier", phone, password: "Counter123", role: "cashier" },
  });
  expect(res.status).toBe(201);
  const staff = (await res.json()) as Json;
  expect(staff).toMatchObject({ name: "Ravi Cashier", role: "cashier" });
  cashierId = staff.userId;
  const signedIn = await callRoute(login, "/api/v1/auth/login", { body: { login: phone, password: "Counter123" } });
  expect(signedIn.status).toBe(200);
  cashier = ((await signedIn.json()) as Json).token;
});

const sale = (token: string, body: Json) => callRoute(recordSale, "/api/v1/sales", { token, body });

describe("staff", () => {
  it("a cashier sells (the sale shows who), but gets 403 on the dashboard, voids, returns and staff", async () => {
    const p = await makeProduct(merchantId, { pricePaise: 2_000, stock: 10 });
    const res = await sale(cashier, { clientId: uuid(), payment: "cash", items: [{ productId: p.id, quantity: 1 }] });
    expect(res.status).toBe(201);
    const s = (await res.json()) as Json;
    expect(s.createdBy).toBe(cashierId);
    expect((await db.stockMovement.findFirstOrThrow({ where: { refId: s.id } })).createdById).toBe(cashierId);

    const dash = await callRoute(merchantDashboard, "/api/v1/dashboard/merchant", { token: cashier });
    expect(dash.status).toBe(403);
    const v = await callRoute(voidSale, `/api/v1/sales/${s.id}/void`, {
      token: cashier,
      params: { id: s.id },
      body: { reason: "mistake" },
    });
    expect(v.status).toBe(403);
    const back = { clientId: uuid(), items: [{ productId: p.id, quantity: 1 }], refund: "cash" };
    const r = await callRoute(returnGoods, `/api/v1/sales/${s.id}/returns`, {
      token: cashier,
      params: { id: s.id },
      body: back,
    });
    expect(r.status).toBe(403);
    expect(await db.transaction.count({ where: { returnOfId: s.id } })).toBe(0);
    const ownerReturn = await callRoute(returnGoods, `/api/v1/sales/${s.id}/returns`, {
      token: owner,
      params: { id: s.id },
      body: back,
    });
    expect(ownerReturn.status).toBe(201);
    const more = await callRoute(addStaff, "/api/v1/staff", {
      token: cashier,
      body: { name: "Someone", phone: uniquePhone(), password: "Counter123", role: "manager" },
    });
    expect(more.status).toBe(403);
    // The owner may do all three.
    expect((await callRoute(merchantDashboard, "/api/v1/dashboard/merchant", { token: owner })).status).toBe(200);
  });
});

describe("shortfalls and the credit limit", () => {
  it("refuses a short item with 409 unless the sale says allowShortStock, then flags it for review", async () => {
    const p = await makeProduct(merchantId, { name: "Frooti 600ml", pricePaise: 4_000, stock: 0 });
    const body = { payment: "cash", items: [{ productId: p.id, quantity: 1 }] };
    expect((await sale(owner, { ...body, clientId: uuid() })).status).toBe(409);
    const ok = await sale(owner, { ...body, clientId: uuid(), allowShortStock: true });
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as Json).stockException).toBe(true);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stockMilli).toBe(-1_000);
  });

  it("the shop can turn selling past stock off: then even allowShortStock is a 409", async () => {
    const { user, merchant } = await makeMerchant();
    await db.merchant.update({ where: { id: merchant.id }, data: { sellPastStock: false } });
    const { token } = await bearerFor(user.id);
    const p = await makeProduct(merchant.id, { stock: 0 });
    const res = await sale(token, {
      clientId: uuid(),
      payment: "cash",
      items: [{ productId: p.id, quantity: 1 }],
      allowShortStock: true,
    });
    expect(res.status).toBe(409);
  });

  it("lets the owner allow one pay-later sale over the limit (audited), not a cashier", async () => {
    const c = await makeCustomer(merchantId, { creditLimitPaise: 1_000 });
    const body = { payment: "pay_later", customerId: c.id, amountPaise: 5_000, allowOverLimit: true };
    expect((await sale(cashier, { ...body, clientId: uuid() })).status).toBe(403);
    const res = await sale(owner, { ...body, clientId: uuid() });
    expect(res.status).toBe(201);
    const s = (await res.json()) as Json;
    expect(s.overLimit).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: s.id, action: "sale.over_limit_allowed" } })).toBe(1);
    expect((await sale(owner, { ...body, allowOverLimit: false, clientId: uuid() })).status).toBe(409);
  });
});

describe("the day's cash", () => {
  it("opens with a float, one per counter; pay-out; closes with expected cash and the variance", async () => {
    const { user, merchant } = await makeMerchant();
    const { token } = await bearerFor(user.id);
    const opened = await callRoute(openShift, "/api/v1/shifts", { token, body: { openingCashPaise: 100_000 } });
    expect(opened.status).toBe(201);
    const shift = (await opened.json()) as Json;
    expect((await callRoute(openShift, "/api/v1/shifts", { token, body: { openingCashPaise: 0 } })).status).toBe(409);

    expect((await sale(token, { clientId: uuid(), payment: "cash", amountPaise: 50_000 })).status).toBe(201);
    expect((await sale(token, { clientId: uuid(), payment: "upi", amountPaise: 7_000 })).status).toBe(201);
    const out = await callRoute(cashMove, `/api/v1/shifts/${shift.id}/cash`, {
      token,
      params: { id: shift.id },
      body: { kind: "out", amountPaise: 20_000, reason: "Paid the milk supplier" },
    });
    expect(out.status).toBe(201);
    const closed = await callRoute(closeShift, `/api/v1/shifts/${shift.id}/close`, {
      token,
      params: { id: shift.id },
      body: { countedCashPaise: 125_000 },
    });
    expect(closed.status).toBe(200);
    const r = (await closed.json()) as Json;
    expect(r.expectedCashPaise).toBe(130_000);
    expect(r.variancePaise).toBe(-5_000);
    expect(r.report).toMatchObject({
      billsIssued: 2,
      salesByMethod: { CASH: 50_000, UPI: 7_000 },
      payOutsPaise: 20_000,
    });
    // Closed: a new shift may open at the counter; the old one takes no more cash.
    expect((await callRoute(openShift, "/api/v1/shifts", { token, body: { openingCashPaise: 0 } })).status).toBe(201);
    const late = await callRoute(cashMove, `/api/v1/shifts/${shift.id}/cash`, {
      token,
      params: { id: shift.id },
      body: { kind: "in", amountPaise: 100, reason: "late" },
    });
    expect(late.status).toBe(409);
    void merchant;
  });
});
