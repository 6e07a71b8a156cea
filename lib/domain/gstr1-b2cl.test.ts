// GSTR-1 B2C large: an inter-state tax invoice to an unregistered buyer worth more than
// ₹1,00,000 is reported on its own with its place of supply, and no longer in B2C small.
// A counter sale without a buyer is supplied in the shop's state, however large.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as gstr1Route } from "@/app/api/v1/reports/gstr1/route";
import { POST as salesRoute } from "@/app/api/v1/sales/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { makeMerchant, makeProduct } from "@/lib/test/factories";
import { zonedDate } from "@/lib/time";
import { gstr1Csv } from "./gstr1-csv";
import { B2CL_LIMIT_PAISE, gstr1 } from "./gstr1";
import { recordSale } from "./sales";

const cid = () => crypto.randomUUID();
type Json = Record<string, any>;

async function goldShop() {
  const { merchant, user } = await makeMerchant();
  await db.merchant.update({
    where: { id: merchant.id },
    data: { gstStatus: "REGULAR", gstin: "08AAPFU0939F1ZV", stateCode: "08", billPrefix: "GLD" },
  });
  // ₹1,03,000 at 3 %: taxable ₹1,00,000, tax ₹3,000.
  const chain = await makeProduct(merchant.id, { pricePaise: 1_03_000_00, stock: 20 });
  await db.product.update({ where: { id: chain.id }, data: { gstRateBp: 300, hsn: "7113" } });
  // ₹1,00,000 exactly at 3 %: not MORE than the limit.
  const ring = await makeProduct(merchant.id, { pricePaise: 1_00_000_00, stock: 20 });
  await db.product.update({ where: { id: ring.id }, data: { gstRateBp: 300, hsn: "7113" } });
  return { merchant, user, chain, ring };
}

describe("GSTR-1 b2cl", () => {
  it("per invoice with its place of supply; the rest stays in b2cs; totals still net", async () => {
    const s = await goldShop();
    const sell = (productId: string, buyer?: { name: string; gstin?: string; address?: string; state?: string }) =>
      recordSale(s.merchant.id, s.user.id, {
        clientId: cid(),
        method: "UPI",
        items: [{ productId, quantity: 1 }],
        ...(buyer ? { buyer } : {}),
      });
    const large = await sell(s.chain.id, { name: "Meena Joshi", address: "Pune", state: "27" });
    await sell(s.ring.id, { name: "Ravi Rao", state: "27" }); // exactly ₹1,00,000: B2C small
    await sell(s.chain.id); // counter sale, no buyer: intra-state however large
    await sell(s.chain.id, { name: "Anil Sharma", state: "08" }); // same state: intra
    await sell(s.chain.id, { gstin: "27AAKPS1234L1ZE", name: "Patil Jewellers" }); // registered: b2b

    expect(large.bill).toMatchObject({ placeOfSupply: "27", igstPaise: 3_000_00, cgstPaise: 0 });
    expect(large.bill!.buyer).toMatchObject({ gstin: null, name: "Meena Joshi", address: "Pune" });

    const r = await gstr1(s.merchant.id, zonedDate(new Date(), "Asia/Kolkata").slice(0, 7));
    expect(B2CL_LIMIT_PAISE).toBe(1_00_000_00);
    expect(r.b2cl).toEqual([
      {
        number: large.bill!.number,
        date: zonedDate(large.bill!.issuedAt, "Asia/Kolkata"),
        valuePaise: 1_03_000_00,
        placeOfSupply: "27",
        rates: [{ rate: 3, taxablePaise: 1_00_000_00, igstPaise: 3_000_00, cgstPaise: 0, sgstPaise: 0 }],
      },
    ]);
    // B2C small: the ₹1,00,000 ring to Maharashtra (IGST), and the two intra-state chains.
    expect(r.b2cs.map((x) => [x.placeOfSupply, x.taxablePaise, x.igstPaise]).sort()).toEqual([
      ["08", 2_00_000_00, 0],
      ["27", 97_087_38, 2_912_62],
    ]);
    expect(r.b2b.map((b) => b.gstin)).toEqual(["27AAKPS1234L1ZE"]);
    const bills = await db.bill.findMany({ where: { merchantId: s.merchant.id } });
    expect(r.totals.taxablePaise).toBe(bills.reduce((a, b) => a + b.taxablePaise, 0));
    expect(r.totals.igstPaise).toBe(bills.reduce((a, b) => a + b.igstPaise, 0));

    const csv = gstr1Csv(r).split("\r\n");
    expect(csv.filter((l) => l.startsWith("b2cl,"))).toEqual([
      `b2cl,${large.bill!.number},${zonedDate(large.bill!.issuedAt, "Asia/Kolkata")},,,,27,,3,,103000.00,100000.00,3000.00,0.00,0.00`,
    ]);
  });

  it("the API keeps b2b, b2cs, cdn, hsn, docs and adds b2cl; a buyer's state must match their GSTIN", async () => {
    const s = await goldShop();
    const { token } = await bearerFor(s.user.id);
    const month = zonedDate(new Date(), "Asia/Kolkata").slice(0, 7);
    const res = await callRoute(gstr1Route, `/api/v1/reports/gstr1?month=${month}`, { token });
    expect(res.status).toBe(200);
    expect(Object.keys((await res.json()) as Json)).toEqual(
      expect.arrayContaining(["b2b", "b2cl", "b2cs", "cdn", "hsn", "docs"]),
    );

    const bad = await callRoute(salesRoute, "/api/v1/sales", {
      token,
      body: {
        clientId: cid(),
        payment: "cash",
        items: [{ productId: s.chain.id, quantity: 1 }],
        buyer: { gstin: "27AAKPS1234L1ZE", name: "Patil Jewellers", state: "08" },
      },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.fields).toMatchObject({ "buyer.state": "buyer_state_mismatch" });
    expect(await db.transaction.count({ where: { merchantId: s.merchant.id } })).toBe(0);
  });
});
