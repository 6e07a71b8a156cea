// Who may give a discount or name a buyer: only a person with discount_over_limit (owner,
// manager). A cashier's sale with a bill or line discount or a buyer is refused by the server
// (403) and records nothing; the same sale without them goes through.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as salesRoute } from "@/app/api/v1/sales/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { makeMerchant, makeProduct, makeUser } from "@/lib/test/factories";
import { recordSale } from "./sales";

type Json = Record<string, any>;
const cid = () => crypto.randomUUID();

async function shop() {
  const { merchant, user } = await makeMerchant();
  await db.merchant.update({
    where: { id: merchant.id },
    data: { gstStatus: "REGULAR", gstin: "08AAPFU0939F1ZV", stateCode: "08", billPrefix: "DSC" },
  });
  const soap = await makeProduct(merchant.id, { pricePaise: 11_800, stock: 50 });
  await db.product.update({ where: { id: soap.id }, data: { gstRateBp: 1800, hsn: "3401" } });
  const staff = async (role: "CASHIER" | "MANAGER") => {
    const u = await makeUser("MERCHANT");
    await db.staff.create({ data: { merchantId: merchant.id, userId: u.id, role } });
    return u;
  };
  return { merchant, owner: user, cashier: await staff("CASHIER"), manager: await staff("MANAGER"), soap };
}

describe("discounts and buyers need discount_over_limit", () => {
  it("a cashier's line or bill discount, or buyer, is 403 and records nothing", async () => {
    const s = await shop();
    const { token } = await bearerFor(s.cashier.id);
    for (const body of [
      { items: [{ productId: s.soap.id, quantity: 1, discount: { percent: 10 } }] },
      { items: [{ productId: s.soap.id, quantity: 1 }], discount: { amountPaise: 500 } },
    ]) {
      const res = await callRoute(salesRoute, "/api/v1/sales", {
        token,
        body: { clientId: cid(), payment: "cash", ...body },
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as Json).error.fields).toEqual({ discount: "discount_not_allowed" });
    }
    expect(await db.transaction.count({ where: { merchantId: s.merchant.id } })).toBe(0);
    // Naming a B2B buyer is the same permission's (their GSTIN lets them claim the tax back).
    const buyer = await callRoute(salesRoute, "/api/v1/sales", {
      token,
      body: {
        clientId: cid(),
        payment: "cash",
        items: [{ productId: s.soap.id, quantity: 1 }],
        buyer: { gstin: "27AAKPS1234L1ZE", name: "Patil Traders" },
      },
    });
    expect(buyer.status).toBe(403);
    expect(((await buyer.json()) as Json).error.fields).toEqual({ buyer: "buyer_not_allowed" });
    expect(await db.transaction.count({ where: { merchantId: s.merchant.id } })).toBe(0);
    // A zero discount is no discount: the plain sale goes through.
    const plain = await callRoute(salesRoute, "/api/v1/sales", {
      token,
      body: {
        clientId: cid(),
        payment: "cash",
        items: [{ productId: s.soap.id, quantity: 1, discount: { percent: 0 } }],
      },
    });
    expect(plain.status).toBe(201);
  });

  it("the owner and a manager give line discounts; the bill shows them and the buyer", async () => {
    const s = await shop();
    for (const who of [s.owner, s.manager]) {
      const sale = await recordSale(
        { userId: who.id, merchantId: s.merchant.id },
        {
          clientId: cid(),
          method: "CASH",
          items: [{ productId: s.soap.id, quantity: 2, discount: { amountPaise: 2_360 } }],
          buyer: { gstin: "08AAKPS1234L1ZE", name: "Kumar Stores", address: "Jaipur" },
        },
      );
      // 2 x ₹118 = ₹236, less ₹23.60 = ₹212.40 at 18 %: taxable ₹180.00, CGST = SGST = ₹16.20.
      expect(sale.value.items[0]).toMatchObject({ discountPaise: 2_360, taxablePaise: 18_000, taxPaise: 3_240 });
      expect(sale.value.bill).toMatchObject({
        totalPaise: 21_240,
        cgstPaise: 1_620,
        sgstPaise: 1_620,
        buyer: { gstin: "08AAKPS1234L1ZE", name: "Kumar Stores", address: "Jaipur" },
      });
    }
  });
});
