// Returns -> credit notes: never more than sold less earlier returns, stock and tab move once,
// the same clientId gives the same credit note. Through the API route (the contract).
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as returnRoute } from "@/app/api/v1/sales/[id]/returns/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant, makeProduct } from "@/lib/test/factories";
import { balanceOf } from "./balance";
import { voidSale } from "./ledger";
import { recordSale } from "./sales";

const cid = () => crypto.randomUUID();
type Json = Record<string, any>;

async function setup() {
  const { merchant, user } = await makeMerchant();
  await db.merchant.update({
    where: { id: merchant.id },
    data: { gstStatus: "REGULAR", gstin: "08AAPFU0939F1ZV", stateCode: "08", billPrefix: "SKS" },
  });
  const soap = await makeProduct(merchant.id, { pricePaise: 11_800, stock: 10 });
  const dal = await makeProduct(merchant.id, { pricePaise: 2_100, stock: 10 });
  await db.product.update({ where: { id: soap.id }, data: { gstRateBp: 1800, hsn: "3401" } });
  await db.product.update({ where: { id: dal.id }, data: { gstRateBp: 500, hsn: "0713" } });
  const { token } = await bearerFor(user.id);
  return { merchant, user, soap, dal, token };
}

const ret = (token: string, saleId: string, body: Json) =>
  callRoute(returnRoute, `/api/v1/sales/${saleId}/returns`, { token, params: { id: saleId }, body });

describe("POST /api/v1/sales/{id}/returns", () => {
  it("a credit note from its own series naming the bill; stock back; the same clientId replays", async () => {
    const s = await setup();
    const sale = await recordSale(s.merchant.id, s.user.id, {
      clientId: cid(),
      method: "CASH",
      items: [
        { productId: s.soap.id, quantity: 2 },
        { productId: s.dal.id, quantity: 1 },
      ],
    });
    const body = { clientId: cid(), items: [{ productId: s.soap.id, quantity: 1 }], refund: "cash" };
    const res = await ret(s.token, sale.id, body);
    expect(res.status).toBe(201);
    const r = (await res.json()) as Json;
    expect(r.amountPaise).toBe(11_800);
    expect(r.creditNote.number).toMatch(/^CN\/\d\d-\d\d\/000001$/);
    expect(r.creditNote.url).toMatch(/^http:\/\/localhost\/b\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);

    const cn = await db.bill.findFirstOrThrow({ where: { merchantId: s.merchant.id, kind: "CREDIT_NOTE" } });
    expect(cn).toMatchObject({ originalBillId: sale.bill!.id, taxablePaise: 10_000, cgstPaise: 900, sgstPaise: 900 });
    expect((await db.product.findUniqueOrThrow({ where: { id: s.soap.id } })).stockMilli / 1000).toBe(10 - 2 + 1);

    const again = await ret(s.token, sale.id, body);
    expect(again.status).toBe(200);
    expect(((await again.json()) as Json).creditNote.number).toBe(r.creditNote.number);
    expect((await db.product.findUniqueOrThrow({ where: { id: s.soap.id } })).stockMilli / 1000).toBe(9);
    expect(await db.transaction.count({ where: { returnOfId: sale.id } })).toBe(1);
  });

  it("409 return_exceeds_sale past what was sold less earlier returns", async () => {
    const s = await setup();
    const sale = await recordSale(s.merchant.id, s.user.id, {
      clientId: cid(),
      method: "UPI",
      items: [{ productId: s.soap.id, quantity: 2 }],
    });
    expect(
      (await ret(s.token, sale.id, { clientId: cid(), items: [{ productId: s.soap.id, quantity: 1 }], refund: "upi" }))
        .status,
    ).toBe(201);
    const over = await ret(s.token, sale.id, {
      clientId: cid(),
      items: [{ productId: s.soap.id, quantity: 2 }],
      refund: "upi",
    });
    expect(over.status).toBe(409);
    expect(((await over.json()) as Json).error).toMatchObject({
      code: "return_exceeds_sale",
      details: { returnable: 1 },
    });
    const never = await ret(s.token, sale.id, {
      clientId: cid(),
      items: [{ productId: s.dal.id, quantity: 1 }],
      refund: "upi",
    });
    expect(never.status).toBe(409);
    // Concurrent returns of the last unit: exactly one wins.
    const both = await Promise.all(
      [0, 1].map(() =>
        ret(s.token, sale.id, { clientId: cid(), items: [{ productId: s.soap.id, quantity: 1 }], refund: "cash" }),
      ),
    );
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    // A sale with returns cannot be voided as well (the goods would come back twice).
    await expect(
      voidSale(s.merchant.id, s.user.id, { saleId: sale.id, reason: "x", clientId: cid() }),
    ).rejects.toThrow();
  });

  it("a refund onto the tab lowers the due once; partial returns add up to the line exactly", async () => {
    const s = await setup();
    const c = await makeCustomer(s.merchant.id);
    const sale = await recordSale(s.merchant.id, s.user.id, {
      clientId: cid(),
      method: "CREDIT",
      customerId: c.id,
      items: [{ productId: s.dal.id, quantity: 3, discount: { amountPaise: 100 } }],
    });
    expect(await balanceOf(db, s.merchant.id, c.id)).toBe(6_200);
    const amounts: number[] = [];
    for (let k = 0; k < 3; k++) {
      const body = { clientId: cid(), items: [{ productId: s.dal.id, quantity: 1 }], refund: "tab" };
      const r = (await (await ret(s.token, sale.id, body)).json()) as Json;
      await ret(s.token, sale.id, body); // a retry moves nothing
      amounts.push(r.amountPaise);
    }
    expect(amounts.reduce((a, b) => a + b)).toBe(6_200);
    expect(await balanceOf(db, s.merchant.id, c.id)).toBe(0);
    const notes = await db.bill.findMany({ where: { merchantId: s.merchant.id, kind: "CREDIT_NOTE" } });
    expect(notes.map((n) => n.number.slice(-6)).sort()).toEqual(["000001", "000002", "000003"]);
    for (const n of notes) expect(n.taxablePaise + n.cgstPaise + n.sgstPaise + n.igstPaise).toBe(n.totalPaise);
  });

  it("a walk-in sale cannot be refunded onto a tab; another shop's sale is 404", async () => {
    const s = await setup();
    const sale = await recordSale(s.merchant.id, s.user.id, {
      clientId: cid(),
      method: "CASH",
      items: [{ productId: s.soap.id, quantity: 1 }],
    });
    const tab = await ret(s.token, sale.id, {
      clientId: cid(),
      items: [{ productId: s.soap.id, quantity: 1 }],
      refund: "tab",
    });
    expect(tab.status).toBe(400);
    const other = await setup();
    const res = await ret(other.token, sale.id, {
      clientId: cid(),
      items: [{ productId: s.soap.id, quantity: 1 }],
      refund: "cash",
    });
    expect(res.status).toBe(404);
  });
});
