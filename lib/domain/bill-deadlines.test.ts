// Time limits on undoing a bill, in the shop's zone (Asia/Kolkata): a void only on the sale's
// own business day (across midnight IST it becomes a 409 telling to return instead), and a
// credit note against a tax invoice only until 30 November after its financial year.
import crypto from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as returnRoute } from "@/app/api/v1/sales/[id]/returns/route";
import { POST as voidRoute } from "@/app/api/v1/sales/[id]/void/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { creditNoteAllowed, creditNoteLastDay, voidableNow } from "@/lib/gst/deadlines";
import { makeMerchant, makeProduct } from "@/lib/test/factories";
import { recordSale } from "./sales";

const cid = () => crypto.randomUUID();
const IST = "Asia/Kolkata";
type Json = Record<string, any>;

afterEach(() => vi.useRealTimers());

async function setup(gstStatus: "REGULAR" | "UNREGISTERED" = "REGULAR") {
  const { merchant, user } = await makeMerchant();
  if (gstStatus === "REGULAR")
    await db.merchant.update({
      where: { id: merchant.id },
      data: { gstStatus, gstin: "08AAPFU0939F1ZV", stateCode: "08", billPrefix: "DL" },
    });
  const soap = await makeProduct(merchant.id, { pricePaise: 11_800, stock: 10 });
  await db.product.update({ where: { id: soap.id }, data: { gstRateBp: 1800, hsn: "3401" } });
  const { token } = await bearerFor(user.id);
  return { merchant, user, soap, token };
}

/** A sale as if rung up at `at`: the row and its bill moved to that instant. */
async function saleAt(s: Awaited<ReturnType<typeof setup>>, at: string) {
  const sale = await recordSale(s.merchant.id, s.user.id, {
    clientId: cid(),
    method: "CASH",
    items: [{ productId: s.soap.id, quantity: 1 }],
  });
  await db.transaction.update({ where: { id: sale.id }, data: { occurredAt: new Date(at) } });
  await db.bill.updateMany({ where: { transactionId: sale.id }, data: { issuedAt: new Date(at) } });
  return sale;
}

const voidIt = (token: string, id: string) =>
  callRoute(voidRoute, `/api/v1/sales/${id}/void`, {
    token,
    params: { id },
    body: { reason: "typo", clientId: cid() },
  });
const returnIt = (token: string, id: string, productId: string) =>
  callRoute(returnRoute, `/api/v1/sales/${id}/returns`, {
    token,
    params: { id },
    body: { clientId: cid(), items: [{ productId, quantity: 1 }], refund: "cash" },
  });

describe("void only on the sale's business day", () => {
  it("the day turns at midnight in the shop's zone, not UTC", () => {
    const sale = new Date("2026-12-03T18:20:00Z"); // 23:50 IST on 3 Dec
    expect(voidableNow(sale, new Date("2026-12-03T18:29:59Z"), IST)).toBe(true); // 23:59:59 IST
    expect(voidableNow(sale, new Date("2026-12-03T18:30:00Z"), IST)).toBe(false); // 00:00 IST, 4 Dec
    // A sale at 00:10 IST on 4 Dec (still 3 Dec in UTC) is voidable at 10:30 IST that day.
    expect(voidableNow(new Date("2026-12-03T18:40:00Z"), new Date("2026-12-04T05:00:00Z"), IST)).toBe(true);
  });

  it("23:50 IST sale: voidable at 23:55, 409 void_only_same_day at 00:05; the bill stays issued", async () => {
    const s = await setup();
    const early = await saleAt(s, "2026-12-03T18:20:00Z");
    const late = await saleAt(s, "2026-12-03T18:20:00Z");
    vi.useFakeTimers({ toFake: ["Date"] });

    vi.setSystemTime(new Date("2026-12-03T18:25:00Z")); // 23:55 IST
    expect((await voidIt(s.token, early.id)).status).toBe(201);
    expect((await db.bill.findFirstOrThrow({ where: { transactionId: early.id } })).cancelledAt).not.toBeNull();

    vi.setSystemTime(new Date("2026-12-03T18:35:00Z")); // 00:05 IST the next day
    const res = await voidIt(s.token, late.id);
    expect(res.status).toBe(409);
    const body = (await res.json()) as Json;
    expect(body.error).toMatchObject({ code: "void_only_same_day", fields: { saleId: "void_only_same_day" } });
    expect(await db.transaction.count({ where: { voidsId: late.id } })).toBe(0);
    expect((await db.bill.findFirstOrThrow({ where: { transactionId: late.id } })).cancelledAt).toBeNull();
    // What it tells the shop to do instead works.
    expect((await returnIt(s.token, late.id, s.soap.id)).status).toBe(201);
  });
});

describe("credit note deadline (CGST Act s.34(2))", () => {
  it("30 November after the end of the bill's financial year, in the shop's zone", () => {
    expect(creditNoteLastDay(new Date("2026-05-10T06:00:00Z"), IST)).toBe("2027-11-30");
    expect(creditNoteLastDay(new Date("2027-03-31T18:29:00Z"), IST)).toBe("2027-11-30"); // 23:59 IST 31 Mar
    expect(creditNoteLastDay(new Date("2027-03-31T18:31:00Z"), IST)).toBe("2028-11-30"); // 00:01 IST 1 Apr
    const bill = new Date("2026-05-10T06:00:00Z");
    expect(creditNoteAllowed(bill, new Date("2027-11-30T18:29:00Z"), IST)).toBe(true); // 23:59 IST 30 Nov
    expect(creditNoteAllowed(bill, new Date("2027-11-30T18:30:00Z"), IST)).toBe(false); // 00:00 IST 1 Dec
  });

  it("a return against a tax invoice past the deadline is 409 credit_note_too_late and records nothing", async () => {
    const s = await setup();
    // 20 March 2025 is FY 2024-25: credit notes until 30 Nov 2025; today (Dec 2026) is too late.
    const old = await saleAt(s, "2025-03-20T06:00:00Z");
    const stock = (await db.product.findUniqueOrThrow({ where: { id: s.soap.id } })).stockMilli;
    const res = await returnIt(s.token, old.id, s.soap.id);
    expect(res.status).toBe(409);
    expect(((await res.json()) as Json).error).toMatchObject({
      code: "credit_note_too_late",
      fields: { saleId: "credit_note_too_late" },
      details: { lastDay: "2025-11-30" },
    });
    expect(await db.transaction.count({ where: { returnOfId: old.id } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: s.soap.id } })).stockMilli).toBe(stock);

    // A bill of FY 2025-26 (April 2025 on) may still be credited until 30 Nov 2026... which has
    // passed by 3 Dec 2026 as well; one of FY 2026-27 may.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-30T18:00:00Z")); // 23:30 IST on the last day
    const lastDay = await saleAt(s, "2025-04-01T00:00:00Z"); // 05:30 IST 1 Apr 2025: FY 2025-26
    expect((await returnIt(s.token, lastDay.id, s.soap.id)).status).toBe(201);
  });

  it("a plain bill (no tax) has no such limit: the return goes through", async () => {
    const s = await setup("UNREGISTERED");
    const old = await saleAt(s, "2025-03-20T06:00:00Z");
    expect((await returnIt(s.token, old.id, s.soap.id)).status).toBe(201);
  });
});
