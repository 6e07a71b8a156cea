import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_SALE_PAISE } from "@/lib/money";
import { caught } from "@/lib/test/domain-error";
import { makeCustomer, makeMerchant, makeProduct, uniquePhone } from "@/lib/test/factories";
import { getSale, getShopHeader, recordSale } from "./sales";

const cid = () => crypto.randomUUID();

describe("recordSale: totals and lines", () => {
  it("prices items from the shop's catalogue, ignoring any client-sent price, and adds the calculator amount as a line", async () => {
    const { merchant, user } = await makeMerchant();
    const rice = await makeProduct(merchant.id, { name: "Rice 1kg", pricePaise: 6_500, category: "grocery" });
    const oil = await makeProduct(merchant.id, { name: "Oil 1L", pricePaise: 15_000, category: "oil" });
    const items = [
      { productId: rice.id, quantity: 2, unitPricePaise: 1 },
      { productId: oil.id, quantity: 1, pricePaise: 1 },
    ] as unknown as { productId: string; quantity: number }[];
    const r = await recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", items, amountPaise: 1_000 });
    expect(r.amountPaise).toBe(2 * 6_500 + 15_000 + 1_000);
    expect(r.type).toBe("SALE");
    expect(r.items).toEqual([
      expect.objectContaining({
        productId: rice.id,
        name: "Rice 1kg",
        category: "grocery",
        quantity: 2,
        unitPricePaise: 6_500,
        lineTotalPaise: 13_000,
      }),
      expect.objectContaining({
        productId: oil.id,
        name: "Oil 1L",
        category: "oil",
        quantity: 1,
        unitPricePaise: 15_000,
        lineTotalPaise: 15_000,
      }),
      expect.objectContaining({
        productId: null,
        name: "Custom amount",
        quantity: 1,
        unitPricePaise: 1_000,
        lineTotalPaise: 1_000,
      }),
    ]);
    const row = await db.transaction.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.amountPaise).toBe(29_000);
    expect(row.createdById).toBe(user.id);
  });

  it("keeps the price snapshot when the catalogue changes later", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { name: "Soap", pricePaise: 4_000 });
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "UPI",
      items: [{ productId: p.id, quantity: 1 }],
    });
    await db.product.update({ where: { id: p.id }, data: { pricePaise: 9_900, name: "Soap (new)" } });
    const again = await getSale(merchant.id, r.id);
    expect(again.items[0]).toMatchObject({ name: "Soap", unitPricePaise: 4_000 });
    expect(again.amountPaise).toBe(4_000);
  });

  it("merges the same product given twice into one line and one stock movement", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { pricePaise: 1_000, stock: 10 });
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CASH",
      items: [
        { productId: p.id, quantity: 2 },
        { productId: p.id, quantity: 3 },
      ],
    });
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ quantity: 5, lineTotalPaise: 5_000 });
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stock).toBe(5);
    expect(await db.stockMovement.count({ where: { refId: r.id } })).toBe(1);
  });

  it("a calculator-only sale is one Custom amount line", async () => {
    const { merchant, user } = await makeMerchant();
    const r = await recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", amountPaise: 12_345 });
    expect(r.amountPaise).toBe(12_345);
    expect(r.items).toEqual([
      expect.objectContaining({ name: "Custom amount", productId: null, lineTotalPaise: 12_345 }),
    ]);
  });

  it("refuses an empty sale and a total above the maximum", async () => {
    const { merchant, user } = await makeMerchant();
    expect((await caught(recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH" }))).code).toBe(
      "invalid_input",
    );
    expect(
      (await caught(recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", amountPaise: 0 }))).code,
    ).toBe("invalid_input");
    const p = await makeProduct(merchant.id, { pricePaise: MAX_SALE_PAISE, stock: 5 });
    const e = await caught(
      recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", items: [{ productId: p.id, quantity: 2 }] }),
    );
    expect(e.code).toBe("invalid_input");
    expect(await db.transaction.count({ where: { merchantId: merchant.id } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stock).toBe(5);
  });

  it("refuses another shop's product and an archived product as not_found", async () => {
    const { merchant, user } = await makeMerchant();
    const other = await makeMerchant();
    const theirs = await makeProduct(other.merchant.id);
    const archived = await makeProduct(merchant.id);
    await db.product.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    for (const productId of [theirs.id, archived.id]) {
      const e = await caught(
        recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", items: [{ productId, quantity: 1 }] }),
      );
      expect(e.code).toBe("not_found");
      expect(e.details).toEqual({ productId });
    }
    expect((await db.product.findUniqueOrThrow({ where: { id: theirs.id } })).stock).toBe(50);
  });
});

describe("recordSale: stock", () => {
  it("decrements stock and writes a SALE movement pointing at the sale", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { stock: 10 });
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CASH",
      items: [{ productId: p.id, quantity: 4 }],
    });
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stock).toBe(6);
    const mv = await db.stockMovement.findMany({ where: { productId: p.id, reason: "SALE" } });
    expect(mv).toEqual([expect.objectContaining({ delta: -4, refId: r.id, merchantId: merchant.id })]);
  });

  it("refuses more than is in stock with the available count, and writes nothing", async () => {
    const { merchant, user } = await makeMerchant();
    const ok = await makeProduct(merchant.id, { stock: 10 });
    const p = await makeProduct(merchant.id, { name: "Atta 5kg", stock: 2 });
    const e = await caught(
      recordSale(merchant.id, user.id, {
        clientId: cid(),
        method: "CASH",
        items: [
          { productId: ok.id, quantity: 1 },
          { productId: p.id, quantity: 3 },
        ],
      }),
    );
    expect(e.code).toBe("insufficient_stock");
    expect(e.message).toBe("Only 2 left of Atta 5kg");
    expect(e.details).toEqual({ productId: p.id, available: 2 });
    expect((await db.product.findUniqueOrThrow({ where: { id: ok.id } })).stock).toBe(10);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stock).toBe(2);
    expect(await db.transaction.count({ where: { merchantId: merchant.id } })).toBe(0);
    expect(await db.guestUser.count({ where: { merchantId: merchant.id } })).toBe(0);
  });

  it("two sales racing for the last unit: one succeeds, the other gets 'only 0 left'", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { stock: 1 });
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        recordSale(merchant.id, user.id, {
          clientId: cid(),
          method: "CASH",
          items: [{ productId: p.id, quantity: 1 }],
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "insufficient_stock", details: { productId: p.id, available: 0 } });
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stock).toBe(0);
  });

  it("an offline sale is applied in full although stock ran short, and is flagged", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { stock: 1 });
    const at = new Date(Date.now() - 3_600_000);
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CASH",
      items: [{ productId: p.id, quantity: 3 }],
      offline: true,
      occurredAt: at.toISOString(),
    });
    expect(r.stockException).toBe(true);
    expect(r.occurredAt.toISOString()).toBe(at.toISOString());
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stock).toBe(-2);
    expect((await db.transaction.findUniqueOrThrow({ where: { id: r.id } })).stockException).toBe(true);
    expect(await db.stockMovement.count({ where: { refId: r.id, delta: -3 } })).toBe(1);
  });

  it("an offline sale with enough stock is not flagged", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { stock: 5 });
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CASH",
      items: [{ productId: p.id, quantity: 3 }],
      offline: true,
    });
    expect(r.stockException).toBe(false);
  });
});

describe("recordSale: idempotency", () => {
  it("the same clientId five times creates one sale and one stock decrement; repeats say replayed", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { stock: 10, pricePaise: 2_000 });
    const input = { clientId: cid(), method: "CASH" as const, items: [{ productId: p.id, quantity: 1 }] };
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await recordSale(merchant.id, user.id, input));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results[0].replayed).toBeUndefined();
    expect(results.slice(1).every((r) => r.replayed === true)).toBe(true);
    expect(await db.transaction.count({ where: { merchantId: merchant.id } })).toBe(1);
    expect(await db.guestUser.count({ where: { merchantId: merchant.id } })).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stock).toBe(9);
  });

  it("five concurrent requests with one clientId create one sale, even for the last unit in stock", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { stock: 1 });
    const input = { clientId: cid(), method: "UPI" as const, items: [{ productId: p.id, quantity: 1 }] };
    const results = await Promise.all(Array.from({ length: 5 }, () => recordSale(merchant.id, user.id, input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await db.transaction.count({ where: { merchantId: merchant.id } })).toBe(1);
    expect(await db.stockMovement.count({ where: { productId: p.id, reason: "SALE" } })).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stock).toBe(0);
  });

  it("the receipt built in hand equals the sale as the ledger holds it", async () => {
    const { merchant, user } = await makeMerchant();
    const a = await makeProduct(merchant.id, { stock: 10, pricePaise: 2_500 });
    const b = await makeProduct(merchant.id, { stock: 10, pricePaise: 1_000 });
    const c = await makeCustomer(merchant.id, { name: "Meena" });
    for (const input of [
      {
        clientId: cid(),
        method: "UPI" as const,
        items: [
          { productId: b.id, quantity: 2 },
          { productId: a.id, quantity: 1 },
        ],
        amountPaise: 300,
        note: "bag",
      },
      { clientId: cid(), method: "CREDIT" as const, customerId: c.id, items: [{ productId: a.id, quantity: 3 }] },
      {
        clientId: cid(),
        method: "CASH" as const,
        amountPaise: 4_200,
        newCustomer: { name: "Ravi", phone: uniquePhone() },
      },
    ]) {
      const first = await recordSale(merchant.id, user.id, input);
      const { shop: _shop, ...stored } = await getSale(merchant.id, first.id);
      expect(first).toEqual(stored);
      expect({ ...(await recordSale(merchant.id, user.id, input)), replayed: undefined }).toEqual({
        ...stored,
        replayed: undefined,
      });
    }
  });

  it("a retry of a recorded sale returns it even when its cart would no longer price (product archived since)", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { stock: 5, pricePaise: 900 });
    const input = { clientId: cid(), method: "CASH" as const, items: [{ productId: p.id, quantity: 1 }] };
    const first = await recordSale(merchant.id, user.id, input);
    await db.product.update({ where: { id: p.id }, data: { archivedAt: new Date() } });
    const again = await recordSale(merchant.id, user.id, input);
    expect(again).toMatchObject({ id: first.id, replayed: true, amountPaise: 900 });
    const fresh = await caught(recordSale(merchant.id, user.id, { ...input, clientId: cid() }));
    expect(fresh.code).toBe("not_found");
    expect(await db.transaction.count({ where: { merchantId: merchant.id } })).toBe(1);
  });

  it("the same clientId at two different shops is two sales", async () => {
    const a = await makeMerchant();
    const b = await makeMerchant();
    const clientId = cid();
    const ra = await recordSale(a.merchant.id, a.user.id, { clientId, method: "CASH", amountPaise: 100 });
    const rb = await recordSale(b.merchant.id, b.user.id, { clientId, method: "CASH", amountPaise: 200 });
    expect(ra.id).not.toBe(rb.id);
    expect(rb.replayed).toBeUndefined();
  });
});

describe("recordSale: customers, guests and credit", () => {
  it("a paid sale with no customer creates its own GuestUser", async () => {
    const { merchant, user } = await makeMerchant();
    const r1 = await recordSale(merchant.id, user.id, { clientId: cid(), method: "CARD", amountPaise: 500 });
    const r2 = await recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", amountPaise: 700 });
    expect(r1.guest).toBe(true);
    expect(r1.customer).toBeNull();
    const rows = await db.transaction.findMany({ where: { merchantId: merchant.id }, select: { guestId: true } });
    expect(rows.every((r) => r.guestId)).toBe(true);
    expect(new Set(rows.map((r) => r.guestId)).size).toBe(2);
    expect(await db.guestUser.count({ where: { merchantId: merchant.id } })).toBe(2);
    expect(r2.guest).toBe(true);
  });

  it("a sale to a known customer links them and makes no guest", async () => {
    const { merchant, user } = await makeMerchant();
    const c = await makeCustomer(merchant.id, { name: "Sunita" });
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CASH",
      amountPaise: 500,
      customerId: c.id,
    });
    expect(r.customer).toEqual({ id: c.id, name: "Sunita", phone: c.phone });
    expect(r.guest).toBe(false);
    expect(await db.guestUser.count({ where: { merchantId: merchant.id } })).toBe(0);
  });

  it("refuses pay later without a customer, with a customer field error", async () => {
    const { merchant, user } = await makeMerchant();
    const e = await caught(recordSale(merchant.id, user.id, { clientId: cid(), method: "CREDIT", amountPaise: 500 }));
    expect(e.code).toBe("invalid_input");
    expect(e.fields?.customer).toBeTruthy();
    expect(await db.transaction.count({ where: { merchantId: merchant.id } })).toBe(0);
  });

  it("refuses another shop's customer as not_found", async () => {
    const { merchant, user } = await makeMerchant();
    const other = await makeMerchant();
    const c = await makeCustomer(other.merchant.id);
    const e = await caught(
      recordSale(merchant.id, user.id, { clientId: cid(), method: "CREDIT", amountPaise: 500, customerId: c.id }),
    );
    expect(e.code).toBe("not_found");
  });

  it("newCustomer opens a tab, and the same phone in another format finds it again", async () => {
    const { merchant, user } = await makeMerchant();
    const phone = uniquePhone();
    const r1 = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CREDIT",
      amountPaise: 10_000,
      newCustomer: { name: "Ramesh", phone },
    });
    expect(r1.type).toBe("CREDIT_SALE");
    expect(r1.customer).toMatchObject({ name: "Ramesh", phone });
    const spaced = `+91 ${phone.slice(0, 5)} ${phone.slice(5)}`;
    const r2 = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CREDIT",
      amountPaise: 5_000,
      newCustomer: { name: "Ramesh K", phone: spaced },
    });
    expect(r2.customer?.id).toBe(r1.customer?.id);
    expect(r2.customer?.name).toBe("Ramesh");
    expect(await db.customer.count({ where: { merchantId: merchant.id } })).toBe(1);
  });

  it("refuses a credit sale over the limit, naming the limit, the due and the sale", async () => {
    const { merchant, user } = await makeMerchant();
    const c = await makeCustomer(merchant.id, { name: "Mohan", creditLimitPaise: 50_000 });
    await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CREDIT",
      amountPaise: 30_000,
      customerId: c.id,
    });
    const e = await caught(
      recordSale(merchant.id, user.id, { clientId: cid(), method: "CREDIT", amountPaise: 25_000, customerId: c.id }),
    );
    expect(e.code).toBe("credit_limit_exceeded");
    expect(e.message).toContain("₹500");
    expect(e.message).toContain("₹300");
    expect(e.message).toContain("₹250");
    expect(e.details).toMatchObject({ limitPaise: 50_000, duePaise: 30_000, salePaise: 25_000 });
    expect(await db.transaction.count({ where: { customerId: c.id } })).toBe(1);
    // Exactly up to the limit is fine.
    const ok = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CREDIT",
      amountPaise: 20_000,
      customerId: c.id,
    });
    expect(ok.overLimit).toBe(false);
  });

  it("an offline credit sale over the limit is recorded and flagged overLimit", async () => {
    const { merchant, user } = await makeMerchant();
    const c = await makeCustomer(merchant.id, { creditLimitPaise: 10_000 });
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CREDIT",
      amountPaise: 15_000,
      customerId: c.id,
      offline: true,
    });
    expect(r.overLimit).toBe(true);
    expect((await db.transaction.findUniqueOrThrow({ where: { id: r.id } })).overLimit).toBe(true);
  });

  it("concurrent credit sales cannot together pass the limit", async () => {
    const { merchant, user } = await makeMerchant();
    const c = await makeCustomer(merchant.id, { creditLimitPaise: 10_000 });
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        recordSale(merchant.id, user.id, { clientId: cid(), method: "CREDIT", amountPaise: 4_000, customerId: c.id }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .every((r) => (r as PromiseRejectedResult).reason.code === "credit_limit_exceeded"),
    ).toBe(true);
  });
});

describe("getSale", () => {
  it("returns the receipt with the shop header", async () => {
    const { merchant, user } = await makeMerchant();
    await db.merchant.update({
      where: { id: merchant.id },
      data: {
        gstin: "27AAPFU0939F1ZV",
        addressLine: "12 Main Rd",
        city: "Pune",
        state: "MH",
        pinCode: "411001",
        receiptFooter: "Dhanyavaad",
      },
    });
    const r = await recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", amountPaise: 999 });
    const s = await getSale(merchant.id, r.id);
    expect(s).toMatchObject({ id: r.id, amountPaise: 999, voided: false, guest: true });
    expect(s.shop).toEqual({
      name: merchant.shopName,
      gstin: "27AAPFU0939F1ZV",
      address: "12 Main Rd, Pune, MH 411001",
      phone: null,
      receiptFooter: "Dhanyavaad",
      // Issue 18: the header carries what the bill needs (document kind, layout, UPI for the QR).
      gstStatus: "UNREGISTERED",
      stateCode: null,
      upiId: "testshop@okaxis",
      upiPayeeName: null,
      receiptLayout: "ROLL_80",
      receiptLocale: null,
    }); // The counter's action adds the same header to the receipt recordSale returned.
    expect(await getShopHeader(merchant.id)).toEqual(s.shop);
  });

  it("is not_found for another shop's sale", async () => {
    const a = await makeMerchant();
    const b = await makeMerchant();
    const r = await recordSale(a.merchant.id, a.user.id, { clientId: cid(), method: "CASH", amountPaise: 999 });
    expect((await caught(getSale(b.merchant.id, r.id))).code).toBe("not_found");
  });
});
