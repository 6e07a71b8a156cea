// GSTR-1 totals are the month's tax invoices minus its credit notes, section by section.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as gstr1Route } from "@/app/api/v1/reports/gstr1/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { makeMerchant, makeProduct } from "@/lib/test/factories";
import { zonedDate } from "@/lib/time";
import { gstr1Csv } from "./gstr1-csv";
import { gstr1, monthRange } from "./gstr1";
import { voidSale } from "./ledger";
import { recordReturn } from "./returns";
import { recordSale } from "./sales";

const cid = () => crypto.randomUUID();
type Json = Record<string, any>;

describe("GSTR-1", () => {
  it("month boundaries are the shop's calendar month", () => {
    const { from, to } = monthRange("2027-03", "Asia/Kolkata");
    expect(from.toISOString()).toBe("2027-02-28T18:30:00.000Z");
    expect(to.toISOString()).toBe("2027-03-31T18:30:00.000Z");
    expect(monthRange("2026-12", "Asia/Kolkata").to.toISOString()).toBe("2026-12-31T18:30:00.000Z");
  });

  it("totals = the month's bills minus credit notes; B2B, B2C small, HSN and documents agree", async () => {
    const { merchant, user } = await makeMerchant();
    await db.merchant.update({
      where: { id: merchant.id },
      data: { gstStatus: "REGULAR", gstin: "08AAPFU0939F1ZV", stateCode: "08", billPrefix: "SKS" },
    });
    const mk = async (price: number, rateBp: number, hsn: string) => {
      const p = await makeProduct(merchant.id, { pricePaise: price, stock: 100 });
      return db.product.update({ where: { id: p.id }, data: { gstRateBp: rateBp, hsn } });
    };
    const soap = await mk(11_800, 1800, "3401");
    const dal = await mk(2_100, 500, "0713");
    const sale = (items: { productId: string; quantity: number }[], extra: Record<string, unknown> = {}) =>
      recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", items, ...extra });
    const s1 = await sale([
      { productId: soap.id, quantity: 2 },
      { productId: dal.id, quantity: 3 },
    ]);
    await sale([{ productId: dal.id, quantity: 1 }], { discount: { percent: 10 } });
    await sale([{ productId: soap.id, quantity: 1 }], { buyer: { gstin: "08AAKPS1234L1ZE", name: "Kumar Stores" } });
    await sale([{ productId: soap.id, quantity: 1 }], { buyer: { gstin: "27AAPFU0939F1ZV", name: "Patil Traders" } });
    const voided = await sale([{ productId: soap.id, quantity: 5 }]);
    await voidSale(merchant.id, user.id, { saleId: voided.id, reason: "mistake", clientId: cid() });
    await recordReturn(merchant.id, user.id, s1.id, {
      clientId: cid(),
      items: [{ productId: soap.id, quantity: 1 }],
      refund: "cash",
    });

    const month = zonedDate(new Date(), "Asia/Kolkata").slice(0, 7);
    const r = await gstr1(merchant.id, month);
    const bills = await db.bill.findMany({ where: { merchantId: merchant.id, cancelledAt: null } });
    const net = (k: "taxablePaise" | "cgstPaise" | "sgstPaise" | "igstPaise") =>
      bills.reduce((s, b) => s + (b.kind === "CREDIT_NOTE" ? -b[k] : b[k]), 0);
    expect(r.totals).toEqual({
      taxablePaise: net("taxablePaise"),
      cgstPaise: net("cgstPaise"),
      sgstPaise: net("sgstPaise"),
      igstPaise: net("igstPaise"),
    });
    expect(r.totals.taxablePaise).toBe(10_000 * 2 + 2_000 * 3 + 1_800 + 10_000 + 10_000 - 10_000);
    expect(r.b2b.map((b) => [b.gstin, b.placeOfSupply])).toEqual([
      ["08AAKPS1234L1ZE", "08"],
      ["27AAPFU0939F1ZV", "27"],
    ]);
    expect(r.b2b[1]!.rates).toEqual([{ rate: 18, taxablePaise: 10_000, igstPaise: 1_800, cgstPaise: 0, sgstPaise: 0 }]);
    expect(r.b2cs.map((x) => [x.placeOfSupply, x.rate])).toEqual([
      ["08", 5],
      ["08", 18],
    ]);
    expect(r.cdn).toHaveLength(1);
    expect(r.cdn[0]!.originalNumber).toBe(s1.bill!.number);
    // HSN summary: net of the credit note, and the same taxable total.
    expect(r.hsn.reduce((s, h) => s + h.taxablePaise, 0)).toBe(r.totals.taxablePaise);
    expect(r.hsn.reduce((s, h) => s + h.cgstPaise + h.sgstPaise + h.igstPaise, 0)).toBe(
      r.totals.cgstPaise + r.totals.sgstPaise + r.totals.igstPaise,
    );
    expect(r.hsn.find((h) => h.hsn === "3401" && h.igstPaise === 0)!.quantity).toBe(2 + 1 - 1);
    expect(r.docs).toEqual([
      {
        series: "CN",
        kind: "credit_note",
        from: expect.stringMatching(/^CN\/.*000001$/),
        to: expect.stringMatching(/000001$/),
        total: 1,
        cancelled: 0,
      },
      {
        series: "SKS",
        kind: "tax_invoice",
        from: s1.bill!.number,
        to: expect.stringMatching(/000005$/),
        total: 5,
        cancelled: 1,
      },
    ]);
    expect(gstr1Csv(r).split("\r\n")[0]).toMatch(/^Section,Number,Date,GSTIN/);

    const { token } = await bearerFor(user.id);
    const res = await callRoute(gstr1Route, `/api/v1/reports/gstr1?month=${month}`, { token });
    expect(res.status).toBe(200);
    expect(Object.keys((await res.json()) as Json)).toEqual(
      expect.arrayContaining(["b2b", "b2cs", "cdn", "hsn", "docs"]),
    );
    const csv = await callRoute(gstr1Route, `/api/v1/reports/gstr1?month=${month}&format=csv`, { token });
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect((await callRoute(gstr1Route, "/api/v1/reports/gstr1?month=2026-13", { token })).status).toBe(400);
  });
});
