// Every sale, credit sale and completed order gets a numbered bill of the kind the shop's GST
// status calls for; numbers are gapless per series and financial year, also under concurrency.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { caught } from "@/lib/test/domain-error";
import { makeCustomer, makeMerchant, makeProduct, makeUser } from "@/lib/test/factories";
import { financialYear, formatBillNumber, nextBillSeq } from "./bill-number";
import { voidSale } from "./ledger";
import { changeOrderStatus, placeOrder } from "./orders";
import { recordSale } from "./sales";

const cid = () => crypto.randomUUID();

async function gstShop(status: "UNREGISTERED" | "COMPOSITION" | "REGULAR", over: { roundOff?: boolean } = {}) {
  const s = await makeMerchant();
  await db.merchant.update({
    where: { id: s.merchant.id },
    data: {
      gstStatus: status,
      gstin: status === "UNREGISTERED" ? null : "08AAPFU0939F1ZV",
      stateCode: "08",
      billPrefix: "SKS",
      roundOff: over.roundOff ?? false,
    },
  });
  return s;
}

const product = (merchantId: string, pricePaise: number, gstRateBp: number, hsn = "1006") =>
  makeProduct(merchantId, { pricePaise, stock: 1_000 }).then((p) =>
    db.product.update({ where: { id: p.id }, data: { gstRateBp, hsn } }),
  );

describe("financial year and bill numbers", () => {
  it("a new series on 1 April 00:00 in the shop's zone", () => {
    expect(financialYear(new Date("2027-03-31T18:29:59Z"), "Asia/Kolkata")).toBe("26-27");
    expect(financialYear(new Date("2027-03-31T18:30:00Z"), "Asia/Kolkata")).toBe("27-28"); // 00:00 IST on 1 April
    expect(financialYear(new Date("2027-03-31T19:00:00Z"), "UTC")).toBe("26-27");
    expect(financialYear(new Date("2026-12-03T10:00:00Z"), "Asia/Kolkata")).toBe("26-27");
    expect(financialYear(new Date("2099-04-01T00:00:00+05:30"), "Asia/Kolkata")).toBe("99-00");
  });

  it("formats PREFIX/26-27/000123 in at most 16 characters", () => {
    const n = formatBillNumber("SKS", "26-27", 123);
    expect(n).toBe("SKS/26-27/000123");
    expect(n.length).toBeLessThanOrEqual(16);
    expect(n).toMatch(/^[A-Z0-9/-]+$/);
  });

  it("each financial year's series starts at 1", async () => {
    const { merchant } = await makeMerchant();
    const seqs = await db.$transaction(async (tx) => [
      await nextBillSeq(tx, merchant.id, "SKS", "26-27"),
      await nextBillSeq(tx, merchant.id, "SKS", "26-27"),
      await nextBillSeq(tx, merchant.id, "SKS", "27-28"),
      await nextBillSeq(tx, merchant.id, "CN", "26-27"),
    ]);
    expect(seqs).toEqual([1, 2, 1, 1]);
  });
});

describe("bills of sales", () => {
  it("a regular shop's sale is a tax invoice with the worked examples' figures", async () => {
    const { merchant, user } = await gstShop("REGULAR");
    const soap = await product(merchant.id, 11_800, 1800, "3401");
    const biscuit = await product(merchant.id, 5_900, 1800, "1905");
    const dal = await product(merchant.id, 2_100, 500, "0713"); // "0.5 kg at ₹42/kg": a ₹21.00 line at 5 %
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CASH",
      items: [
        { productId: soap.id, quantity: 1 },
        { productId: biscuit.id, quantity: 2 },
        { productId: dal.id, quantity: 1 },
      ],
    });
    expect(r.bill).toMatchObject({
      kind: "TAX_INVOICE",
      taxablePaise: 10_000 + 10_000 + 2_000,
      cgstPaise: 900 + 900 + 50,
      sgstPaise: 900 + 900 + 50,
      igstPaise: 0,
      totalPaise: 11_800 + 11_800 + 2_100,
      placeOfSupply: "08",
    });
    expect(r.bill!.number).toMatch(/^SKS\/\d\d-\d\d\/000001$/);
    expect(r.items.map((i) => [i.hsn, i.gstRateBp, i.taxablePaise, i.taxPaise])).toEqual([
      ["3401", 1800, 10_000, 1_800],
      ["1905", 1800, 10_000, 1_800],
      ["0713", 500, 2_000, 100],
    ]);
    const b = r.bill!;
    expect(b.taxablePaise + b.cgstPaise + b.sgstPaise + b.igstPaise + b.roundOffPaise).toBe(r.amountPaise);
  });

  it("discounts reduce the taxable value; the round-off line makes whole rupees", async () => {
    const { merchant, user } = await gstShop("REGULAR", { roundOff: true });
    const soap = await product(merchant.id, 11_800, 1800);
    const rice = await product(merchant.id, 2_149, 500);
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "UPI",
      items: [
        { productId: soap.id, quantity: 1, discount: { percent: 10 } },
        { productId: rice.id, quantity: 1 },
      ],
      discount: { amountPaise: 100 },
    });
    const b = r.bill!;
    expect(r.items[0]!.discountPaise).toBeGreaterThan(1_180);
    expect(b.totalPaise % 100).toBe(0);
    expect(b.taxablePaise + b.cgstPaise + b.sgstPaise + b.igstPaise + b.roundOffPaise).toBe(b.totalPaise);
    expect(r.amountPaise).toBe(b.totalPaise);
    expect(Math.abs(b.roundOffPaise)).toBeLessThanOrEqual(50);
  });

  it("a registered buyer in another state pays IGST; the place of supply is theirs", async () => {
    const { merchant, user } = await gstShop("REGULAR");
    const soap = await product(merchant.id, 11_800, 1800);
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CASH",
      items: [{ productId: soap.id, quantity: 1 }],
      buyer: { gstin: "27AAPFU0939F1ZV", name: "Patil Traders", address: "Pune" },
    });
    expect(r.bill).toMatchObject({ igstPaise: 1_800, cgstPaise: 0, placeOfSupply: "27" });
    expect(r.bill!.buyer).toMatchObject({ gstin: "27AAPFU0939F1ZV", name: "Patil Traders" });
  });

  it("composition: a bill of supply with no tax; not registered: a plain bill", async () => {
    for (const [status, kind] of [
      ["COMPOSITION", "BILL_OF_SUPPLY"],
      ["UNREGISTERED", "BILL"],
    ] as const) {
      const { merchant, user } = await gstShop(status);
      const soap = await product(merchant.id, 11_800, 1800);
      const r = await recordSale(merchant.id, user.id, {
        clientId: cid(),
        method: "CASH",
        items: [{ productId: soap.id, quantity: 1 }],
      });
      expect(r.bill).toMatchObject({ kind, taxablePaise: 11_800, cgstPaise: 0, sgstPaise: 0, totalPaise: 11_800 });
      expect(r.items[0]).toMatchObject({ gstRateBp: 0, taxPaise: 0 });
    }
  });

  it("offline sales synced later continue the series; a replay keeps its number", async () => {
    const { merchant, user } = await gstShop("REGULAR");
    await recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", amountPaise: 500 });
    const offline = [cid(), cid()];
    const synced = [];
    for (const [k, clientId] of offline.entries()) {
      synced.push(
        await recordSale(merchant.id, user.id, {
          clientId,
          method: "CASH",
          amountPaise: 700,
          offline: true,
          occurredAt: new Date(Date.now() - (3 - k) * 3_600_000),
        }),
      );
    }
    expect(synced.map((s) => s.bill!.number.slice(-6))).toEqual(["000002", "000003"]);
    const again = await recordSale(merchant.id, user.id, { clientId: offline[0]!, method: "CASH", amountPaise: 700 });
    expect(again.replayed).toBe(true);
    expect(again.bill!.number).toBe(synced[0]!.bill!.number);
    const stored = await db.bill.findUniqueOrThrow({ where: { transactionId: synced[0]!.id } });
    expect(stored.issuedAt.toISOString()).toBe(synced[0]!.occurredAt.toISOString());
    expect(await db.bill.count({ where: { merchantId: merchant.id } })).toBe(3);
  });

  it("a failed sale takes no number (no gap); a void keeps the number as cancelled", async () => {
    const { merchant, user } = await gstShop("REGULAR");
    const few = await makeProduct(merchant.id, { pricePaise: 1_000, stock: 1 });
    const err = await caught(
      recordSale(merchant.id, user.id, {
        clientId: cid(),
        method: "CASH",
        items: [{ productId: few.id, quantity: 5 }],
      }),
    );
    expect(err.code).toBe("insufficient_stock");
    const s = await recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", amountPaise: 900 });
    expect(s.bill!.number.slice(-6)).toBe("000001");
    await voidSale(merchant.id, user.id, { saleId: s.id, reason: "Entered twice", clientId: cid() });
    const bill = await db.bill.findUniqueOrThrow({ where: { transactionId: s.id } });
    expect(bill.number).toBe(s.bill!.number);
    expect(bill.cancelledAt).not.toBeNull();
  });

  it("credit sales and completed orders get bills from the same series", async () => {
    const { merchant, user } = await gstShop("REGULAR");
    const c = await makeCustomer(merchant.id);
    const credit = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CREDIT",
      customerId: c.id,
      amountPaise: 5_000,
    });
    expect(credit.bill!.number.slice(-6)).toBe("000001");
    const soap = await product(merchant.id, 11_800, 1800);
    const buyer = await makeUser("CUSTOMER");
    const o = await placeOrder(buyer.id, {
      shopId: merchant.id,
      items: [{ productId: soap.id, quantity: 1 }],
      paymentMethod: "UPI",
      clientId: cid(),
    });
    for (const status of ["ACCEPTED", "READY", "COMPLETED"] as const)
      await changeOrderStatus(merchant.id, user.id, o.id, { status });
    const t = await db.transaction.findUniqueOrThrow({
      where: { merchantId_orderId: { merchantId: merchant.id, orderId: o.id } },
      include: { bill: true, items: true },
    });
    expect(t.bill).toMatchObject({ kind: "TAX_INVOICE", taxablePaise: 10_000, cgstPaise: 900, sgstPaise: 900 });
    expect(t.bill!.number.slice(-6)).toBe("000002");
    expect(t.items[0]).toMatchObject({ hsn: "1006", gstRateBp: 1800, taxablePaise: 10_000, taxPaise: 1_800 });
  });
});
