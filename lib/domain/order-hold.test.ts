// Issue 19 point 6: an unaccepted order holds stock only for the shop's hold time, one
// customer has at most 3 waiting per shop, pay later obeys the credit limit at checkout and
// at completion, and a ₹0 order is refused.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  changeOrderStatus,
  expireHeldOrders,
  listOrdersForMerchant,
  MAX_OPEN_ORDERS_PER_SHOP,
  placeOrder,
} from "@/lib/domain/orders";
import { updateShopProfile } from "@/lib/domain/shop-settings";
import { caught } from "@/lib/test/domain-error";
import { makeCustomer, makeMerchant, makeProduct, makeUser, uniq } from "@/lib/test/factories";

const stockOf = async (id: string) => (await db.product.findUniqueOrThrow({ where: { id } })).stock;
const order = (shopId: string, productId: string, quantity: number, paymentMethod: "UPI" | "CREDIT" = "UPI") => ({
  shopId,
  items: [{ productId, quantity }],
  paymentMethod,
  clientId: randomUUID(),
});

async function shop(stock = 100, pricePaise = 1000) {
  const { user, merchant } = await makeMerchant();
  const product = await makeProduct(merchant.id, { stock, pricePaise, name: `Rice ${uniq()}` });
  return { merchantId: merchant.id, ownerId: user.id, product };
}

/** A customer with a tab (one earlier entry) and this credit limit. */
async function tabWithLimit(merchantId: string, limitPaise: number | null) {
  const buyer = await makeUser("CUSTOMER");
  const c = await makeCustomer(merchantId, { userId: buyer.id });
  await db.customer.update({ where: { id: c.id }, data: { creditLimitPaise: limitPaise } });
  await db.transaction.create({
    data: { merchantId, type: "SALE", method: "CASH", amountPaise: 500, customerId: c.id, clientId: randomUUID() },
  });
  return { buyer, customer: c };
}

describe("order holds", () => {
  it("an order unaccepted past the shop's hold expires: cancelled, stock back, no longer acceptable", async () => {
    const s = await shop(10);
    await db.merchant.update({ where: { id: s.merchantId }, data: { orderHoldMinutes: 30 } });
    const buyer = await makeUser("CUSTOMER");
    const o = await placeOrder(buyer.id, order(s.merchantId, s.product.id, 9));
    const row = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    expect(row.holdExpiresAt!.getTime() - row.placedAt.getTime()).toBeCloseTo(30 * 60_000, -4);
    expect(await stockOf(s.product.id)).toBe(1);

    expect(await expireHeldOrders(s.merchantId)).toBe(0); // still within its hold
    await db.order.update({ where: { id: o.id }, data: { holdExpiresAt: new Date(Date.now() - 1000) } });
    const list = await listOrdersForMerchant(s.merchantId, { status: "open" }); // the lazy sweep
    expect(list.items.map((i) => i.id)).not.toContain(o.id);
    expect(await db.order.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "expired",
    });
    expect(await stockOf(s.product.id)).toBe(10);
    expect((await caught(changeOrderStatus(s.merchantId, s.ownerId, o.id, { status: "ACCEPTED" }))).code).toBe(
      "invalid_transition",
    );
  });

  it(`one customer may keep at most ${MAX_OPEN_ORDERS_PER_SHOP} unaccepted orders at a shop, even all at once`, async () => {
    const s = await shop(10_000);
    const buyer = await makeUser("CUSTOMER");
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        placeOrder(buyer.id, order(s.merchantId, s.product.id, 300)).then(
          () => "ok",
          (e: { code?: string }) => e.code,
        ),
      ),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(MAX_OPEN_ORDERS_PER_SHOP);
    expect(results.filter((r) => r === "rate_limited")).toHaveLength(8 - MAX_OPEN_ORDERS_PER_SHOP);
    expect(await stockOf(s.product.id)).toBe(10_000 - 300 * MAX_OPEN_ORDERS_PER_SHOP);
    // Once the shop accepts one, another may be placed.
    const open = await db.order.findFirstOrThrow({ where: { userId: buyer.id, status: "PLACED" } });
    await changeOrderStatus(s.merchantId, s.ownerId, open.id, { status: "ACCEPTED" });
    await expect(placeOrder(buyer.id, order(s.merchantId, s.product.id, 1))).resolves.toBeTruthy();
  });

  it("the hold is a shop setting (a fixed choice), kept when a form does not send it", async () => {
    const s = await shop();
    const actor = { userId: s.ownerId, merchantId: s.merchantId };
    const profile = { shopName: "Hold Test Store", businessType: "kirana" };
    expect(await updateShopProfile(actor, { ...profile, orderHoldMinutes: "240" })).toContain("orderHoldMinutes");
    await updateShopProfile(actor, { ...profile, shopName: "Hold Test Store 2" });
    expect((await db.merchant.findUniqueOrThrow({ where: { id: s.merchantId } })).orderHoldMinutes).toBe(240);
    expect((await caught(updateShopProfile(actor, { ...profile, orderHoldMinutes: "7" }))).fields).toMatchObject({
      orderHoldMinutes: "invalid",
    });
  });

  it("a ₹0 order is refused", async () => {
    const s = await shop(10, 0);
    const buyer = await makeUser("CUSTOMER");
    const err = await caught(placeOrder(buyer.id, order(s.merchantId, s.product.id, 2)));
    expect(err.code).toBe("invalid_input");
    expect(err.fields).toEqual({ items: "order_total_zero" });
  });
});

describe("pay later obeys the credit limit", () => {
  it("at checkout: due + open pay-later orders + this order may not pass the limit (₹0 limit: none)", async () => {
    const s = await shop(100, 100_00);
    const zero = await tabWithLimit(s.merchantId, 0);
    const refused = await caught(placeOrder(zero.buyer.id, order(s.merchantId, s.product.id, 50, "CREDIT")));
    expect(refused.code).toBe("credit_limit_exceeded");

    const some = await tabWithLimit(s.merchantId, 250_00);
    await placeOrder(some.buyer.id, order(s.merchantId, s.product.id, 2, "CREDIT")); // ₹200 of ₹250
    expect((await caught(placeOrder(some.buyer.id, order(s.merchantId, s.product.id, 1, "CREDIT")))).code).toBe(
      "credit_limit_exceeded",
    );
    const none = await tabWithLimit(s.merchantId, null); // no limit set: as before
    await expect(placeOrder(none.buyer.id, order(s.merchantId, s.product.id, 5, "CREDIT"))).resolves.toBeTruthy();
  });

  it("at completion: a due that grew since checkout stops the hand-over on credit", async () => {
    const s = await shop(100, 100_00);
    const t = await tabWithLimit(s.merchantId, 300_00);
    const o = await placeOrder(t.buyer.id, order(s.merchantId, s.product.id, 2, "CREDIT"));
    await db.transaction.create({
      data: {
        merchantId: s.merchantId,
        type: "CREDIT_SALE",
        method: "CREDIT",
        amountPaise: 200_00,
        customerId: t.customer.id,
        clientId: randomUUID(),
      },
    });
    await changeOrderStatus(s.merchantId, s.ownerId, o.id, { status: "ACCEPTED" });
    await changeOrderStatus(s.merchantId, s.ownerId, o.id, { status: "READY" });
    const err = await caught(changeOrderStatus(s.merchantId, s.ownerId, o.id, { status: "COMPLETED" }));
    expect(err.code).toBe("credit_limit_exceeded");
    expect((await db.order.findUniqueOrThrow({ where: { id: o.id } })).status).toBe("READY");
    expect(await db.transaction.count({ where: { orderId: o.id } })).toBe(0);
  });
});

describe("stock caps", () => {
  it("an adjustment past 10,000,000 is a field error, and the database refuses any write that would overflow", async () => {
    const { adjustStock } = await import("@/lib/domain/inventory");
    const s = await shop(9_999_000);
    const err = await caught(
      adjustStock(s.merchantId, s.ownerId, { productId: s.product.id, delta: 5_000, reason: "RECEIVED" }),
    );
    expect(err.code).toBe("invalid_input");
    expect(err.fields?.delta).toMatch(/above 10000000/);
    await expect(
      db.$executeRaw`UPDATE "Product" SET "stock" = "stock" + 1500000000 WHERE "id" = ${s.product.id}`,
    ).rejects.toThrow(/check constraint|Product_stock_bounds/);
    expect(await stockOf(s.product.id)).toBe(9_999_000);
  });
});
