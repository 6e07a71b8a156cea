import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import {
  cancelOrderByCustomer,
  changeOrderStatus,
  getOrder,
  listOrdersForCustomer,
  listOrdersForMerchant,
  listShopProducts,
  listShops,
  placeOrder,
} from "@/lib/domain/orders";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { caught as fails } from "@/lib/test/domain-error";
import { makeCustomer, makeMerchant, makeProduct, makeUser, uniq } from "@/lib/test/factories";

async function movementSum(productId: string) {
  const agg = await db.stockMovement.aggregate({ where: { productId }, _sum: { quantityMilli: true } });
  return (agg._sum?.quantityMilli ?? 0) / 1000;
}
const stockOf = async (id: string) => (await db.product.findUniqueOrThrow({ where: { id } })).stockMilli / 1000;

async function shopWith(stock = 20, pricePaise = 2500) {
  const { user, merchant } = await makeMerchant();
  const product = await makeProduct(merchant.id, { stock, pricePaise, name: `Atta ${uniq()}` });
  return { merchantId: merchant.id, merchantUserId: user.id, product };
}

/** A customer the shop already keeps an account for: linked row + one ledger entry. */
async function knownCustomer(merchantId: string, userId: string) {
  const c = await makeCustomer(merchantId, { userId });
  await db.transaction.create({
    data: { merchantId, type: "SALE", method: "CASH", amountPaise: 1000, customerId: c.id, clientId: randomUUID() },
  });
  return c;
}

const order = (
  shopId: string,
  items: { productId: string; quantity: number }[],
  paymentMethod: "CASH" | "CARD" | "UPI" | "CREDIT" = "UPI",
  clientId = randomUUID(),
) => ({ shopId, items, paymentMethod, clientId });

describe("placeOrder", () => {
  it("prices from the database, snapshots name and price, takes stock, and opens the customer's row", async () => {
    const s = await shopWith(20, 2500);
    const buyer = await makeUser("CUSTOMER", { name: "Meena Devi" });
    const o = await placeOrder(buyer.id, {
      ...order(s.merchantId, [{ productId: s.product.id, quantity: 3 }]),
      note: " ring the bell ",
    });
    expect(o).toMatchObject({
      status: "PLACED",
      totalPaise: 7500,
      paymentMethod: "UPI",
      payLater: false,
      replayed: false,
      userId: buyer.id,
      customerName: "Meena Devi",
      note: "ring the bell",
    });
    expect(o.items).toEqual([
      expect.objectContaining({
        productId: s.product.id,
        name: s.product.name,
        unitPricePaise: 2500,
        quantity: 3,
        lineTotalPaise: 7500,
      }),
    ]);
    expect(await stockOf(s.product.id)).toBe(17);
    expect(await movementSum(s.product.id)).toBe(17);
    expect(await db.stockMovement.findFirst({ where: { productId: s.product.id, reason: "ORDER" } })).toMatchObject({
      quantityMilli: -3_000,
      refId: o.id,
    });
    expect(await db.customer.findUniqueOrThrow({ where: { id: o.customerId } })).toMatchObject({
      merchantId: s.merchantId,
      userId: buyer.id,
      name: "Meena Devi",
      phone: buyer.phone,
    });
    // Price changes later do not change the order.
    await db.product.update({ where: { id: s.product.id }, data: { pricePaise: 9999, name: "Renamed" } });
    expect((await getOrder({ userId: buyer.id }, o.id)).items[0]).toMatchObject({
      unitPricePaise: 2500,
      name: s.product.name,
    });
  });

  it("merges the same product listed twice into one line", async () => {
    const s = await shopWith(10);
    const buyer = await makeUser("CUSTOMER");
    const o = await placeOrder(
      buyer.id,
      order(s.merchantId, [
        { productId: s.product.id, quantity: 2 },
        { productId: s.product.id, quantity: 3 },
      ]),
    );
    expect(o.items).toHaveLength(1);
    expect(o.items[0]).toMatchObject({ quantity: 5, lineTotalPaise: 12_500 });
    expect(o.totalPaise).toBe(12_500);
    expect(await stockOf(s.product.id)).toBe(5);
  });

  it("50 buyers racing for 10 units: exactly 10 orders, 40 'insufficient_stock' with 0 available, stock never negative", async () => {
    const s = await shopWith(10);
    const buyers = await Promise.all(Array.from({ length: 50 }, () => makeUser("CUSTOMER")));
    const results = await Promise.allSettled(
      buyers.map((b) => placeOrder(b.id, order(s.merchantId, [{ productId: s.product.id, quantity: 1 }]))),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
    expect(ok).toHaveLength(10);
    expect(failed).toHaveLength(40);
    for (const e of failed) {
      expect(e).toBeInstanceOf(DomainError);
      expect(e.code).toBe("insufficient_stock");
      expect(e.details).toEqual({ productId: s.product.id, available: 0 });
    }
    const sold = await db.orderItem.aggregate({ where: { productId: s.product.id }, _sum: { quantityMilli: true } });
    expect(sold._sum?.quantityMilli).toBe(10_000);
    expect(await db.order.count({ where: { merchantId: s.merchantId } })).toBe(10);
    expect(await stockOf(s.product.id)).toBe(0);
    expect(await movementSum(s.product.id)).toBe(0);
  });

  it("50 buyers wanting 2 each of 10 units: exactly 5 orders", async () => {
    const s = await shopWith(10);
    const buyers = await Promise.all(Array.from({ length: 50 }, () => makeUser("CUSTOMER")));
    const results = await Promise.allSettled(
      buyers.map((b) => placeOrder(b.id, order(s.merchantId, [{ productId: s.product.id, quantity: 2 }]))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(await stockOf(s.product.id)).toBe(0);
    expect(await movementSum(s.product.id)).toBe(0);
  });

  it("says how many are left, and an order that cannot be filled takes nothing", async () => {
    const s = await shopWith(3);
    const other = await makeProduct(s.merchantId, { stock: 50 });
    const buyer = await makeUser("CUSTOMER");
    const e = await fails(
      placeOrder(
        buyer.id,
        order(s.merchantId, [
          { productId: other.id, quantity: 1 },
          { productId: s.product.id, quantity: 4 },
        ]),
      ),
    );
    expect(e.code).toBe("insufficient_stock");
    expect(e.message).toBe(`Only 3 left of ${s.product.name}`);
    expect(e.details).toEqual({ productId: s.product.id, available: 3 });
    expect(await stockOf(other.id)).toBe(50);
    expect(await db.order.count({ where: { merchantId: s.merchantId } })).toBe(0);
  });

  it("locks products in one order, so crossing multi-item orders never deadlock", async () => {
    const s = await shopWith(100);
    const second = await makeProduct(s.merchantId, { stock: 100 });
    const buyers = await Promise.all(Array.from({ length: 20 }, () => makeUser("CUSTOMER")));
    const results = await Promise.allSettled(
      buyers.map((b, i) => {
        const items = [
          { productId: s.product.id, quantity: 1 },
          { productId: second.id, quantity: 1 },
        ];
        return placeOrder(b.id, order(s.merchantId, i % 2 ? items : items.reverse()));
      }),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect([await stockOf(s.product.id), await stockOf(second.id)]).toEqual([80, 80]);
  });

  it("a retried checkout (same clientId) returns the first order, even when retries race", async () => {
    const s = await shopWith(1);
    const buyer = await makeUser("CUSTOMER");
    const input = order(s.merchantId, [{ productId: s.product.id, quantity: 1 }]);
    const all = await Promise.all(Array.from({ length: 5 }, () => placeOrder(buyer.id, input)));
    expect(new Set(all.map((o) => o.id)).size).toBe(1);
    expect(all.filter((o) => !o.replayed)).toHaveLength(1);
    const again = await placeOrder(buyer.id, input);
    expect(again).toMatchObject({ id: all[0]!.id, replayed: true });
    expect(await db.order.count({ where: { merchantId: s.merchantId } })).toBe(1);
    expect(await stockOf(s.product.id)).toBe(0);
    // Someone else's client id is not a way to read their order.
    const intruder = await makeUser("CUSTOMER");
    expect((await fails(placeOrder(intruder.id, input))).code).toBe("conflict");
  });

  it("pay later only where the shop already keeps the customer's account", async () => {
    const s = await shopWith(10);
    const stranger = await makeUser("CUSTOMER");
    const e = await fails(
      placeOrder(stranger.id, order(s.merchantId, [{ productId: s.product.id, quantity: 1 }], "CREDIT")),
    );
    expect(e.code).toBe("invalid_input");
    expect(e.fields?.paymentMethod).toBeDefined();
    expect(await db.customer.count({ where: { merchantId: s.merchantId, userId: stranger.id } })).toBe(0);
    // A first (paid) order links a row, but no ledger entry yet: still no pay later.
    await placeOrder(stranger.id, order(s.merchantId, [{ productId: s.product.id, quantity: 1 }], "CASH"));
    expect(
      (await fails(placeOrder(stranger.id, order(s.merchantId, [{ productId: s.product.id, quantity: 1 }], "CREDIT"))))
        .code,
    ).toBe("invalid_input");
    expect(await stockOf(s.product.id)).toBe(9);
    const regular = await makeUser("CUSTOMER");
    const row = await knownCustomer(s.merchantId, regular.id);
    const o = await placeOrder(regular.id, order(s.merchantId, [{ productId: s.product.id, quantity: 1 }], "CREDIT"));
    expect(o).toMatchObject({ payLater: true, customerId: row.id });
  });

  it("never attaches an unclaimed tab that merely shares the phone number", async () => {
    const s = await shopWith(10);
    const buyer = await makeUser("CUSTOMER");
    const tab = await makeCustomer(s.merchantId, { phone: buyer.phone!, name: "Old tab" });
    const o = await placeOrder(buyer.id, order(s.merchantId, [{ productId: s.product.id, quantity: 1 }]));
    expect(o.customerId).not.toBe(tab.id);
    expect(await db.customer.findUniqueOrThrow({ where: { id: tab.id } })).toMatchObject({
      userId: null,
      phone: buyer.phone,
    });
    expect(await db.customer.findUniqueOrThrow({ where: { id: o.customerId } })).toMatchObject({
      userId: buyer.id,
      phone: null,
    });
  });

  it("refuses another shop's product, an archived product, and non-customer accounts", async () => {
    const s = await shopWith(10);
    const elsewhere = await shopWith(10);
    const buyer = await makeUser("CUSTOMER");
    const e = await fails(
      placeOrder(buyer.id, order(s.merchantId, [{ productId: elsewhere.product.id, quantity: 1 }])),
    );
    expect(e.code).toBe("invalid_input");
    expect(await stockOf(elsewhere.product.id)).toBe(10);
    await db.product.update({ where: { id: s.product.id }, data: { archivedAt: new Date() } });
    expect(
      (await fails(placeOrder(buyer.id, order(s.merchantId, [{ productId: s.product.id, quantity: 1 }])))).message,
    ).toMatch(/no longer sold/);
    expect(
      (
        await fails(
          placeOrder(s.merchantUserId, order(elsewhere.merchantId, [{ productId: elsewhere.product.id, quantity: 1 }])),
        )
      ).code,
    ).toBe("forbidden");
    expect((await fails(placeOrder(buyer.id, order(s.merchantId, [])))).code).toBe("invalid_input");
    expect(
      (
        await fails(
          placeOrder(buyer.id, {
            ...order(s.merchantId, [{ productId: s.product.id, quantity: 1 }]),
            clientId: "not-a-uuid",
          }),
        )
      ).fields?.clientId,
    ).toBeDefined();
  });
});

const PATH: Record<OrderStatus, ("ACCEPTED" | "READY" | "COMPLETED" | "CANCELLED")[]> = {
  PLACED: [],
  ACCEPTED: ["ACCEPTED"],
  READY: ["ACCEPTED", "READY"],
  COMPLETED: ["ACCEPTED", "READY", "COMPLETED"],
  CANCELLED: ["CANCELLED"],
};

async function orderIn(status: OrderStatus, paymentMethod: "UPI" | "CREDIT" = "UPI") {
  const s = await shopWith(10, 4000);
  const buyer = await makeUser("CUSTOMER");
  if (paymentMethod === "CREDIT") await knownCustomer(s.merchantId, buyer.id);
  const o = await placeOrder(buyer.id, order(s.merchantId, [{ productId: s.product.id, quantity: 2 }], paymentMethod));
  for (const step of PATH[status])
    await changeOrderStatus(s.merchantId, s.merchantUserId, o.id, { status: step, reason: "Shop closing early" });
  return { ...s, buyer, order: o };
}

describe("changeOrderStatus", () => {
  it("refuses every move but one step forward or a cancel before READY", async () => {
    const allowed = new Set([
      "PLACED>ACCEPTED",
      "PLACED>CANCELLED",
      "ACCEPTED>READY",
      "ACCEPTED>CANCELLED",
      "READY>COMPLETED",
    ]);
    const targets = ["ACCEPTED", "READY", "COMPLETED", "CANCELLED"] as const;
    let refused = 0;
    for (const from of Object.keys(PATH) as OrderStatus[]) {
      const o = await orderIn(from);
      for (const to of targets) {
        if (allowed.has(`${from}>${to}`)) continue;
        const e = await fails(
          changeOrderStatus(o.merchantId, o.merchantUserId, o.order.id, { status: to, reason: "x" }),
        );
        expect(e.code, `${from} -> ${to}`).toBe("invalid_transition");
        expect(e.message).toBe(`Cannot move an order from ${from} to ${to}`);
        refused++;
      }
      expect((await getOrder({ merchantId: o.merchantId }, o.order.id)).status).toBe(from);
    }
    expect(refused).toBe(15);
  });

  it("two tabs accepting at once: one wins, the other is refused", async () => {
    const o = await orderIn("PLACED");
    const results = await Promise.allSettled(
      [0, 1, 2].map(() => changeOrderStatus(o.merchantId, o.merchantUserId, o.order.id, { status: "ACCEPTED" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(
      ["invalid_transition", "invalid_transition"],
    );
  });

  it("completing writes exactly one SALE with the order's items, even if completed twice (or at once)", async () => {
    const o = await orderIn("READY");
    const results = await Promise.allSettled(
      [0, 1].map(() => changeOrderStatus(o.merchantId, o.merchantUserId, o.order.id, { status: "COMPLETED" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      (await fails(changeOrderStatus(o.merchantId, o.merchantUserId, o.order.id, { status: "COMPLETED" }))).code,
    ).toBe("invalid_transition");
    const txs = await db.transaction.findMany({ where: { orderId: o.order.id }, include: { items: true } });
    expect(txs).toHaveLength(1);
    expect(txs[0]).toMatchObject({
      merchantId: o.merchantId,
      type: "SALE",
      method: "UPI",
      amountPaise: 8000,
      customerId: o.order.customerId,
      clientId: `order:${o.order.id}`,
      createdById: o.merchantUserId,
    });
    expect(txs[0]!.items).toEqual([
      expect.objectContaining({
        productId: o.product.id,
        name: o.product.name,
        unitPricePaise: 4000,
        quantityMilli: 2000,
        lineTotalPaise: 8000,
        merchantId: o.merchantId,
      }),
    ]);
    const done = await getOrder({ userId: o.buyer.id }, o.order.id);
    expect(done).toMatchObject({ status: "COMPLETED", transactionId: txs[0]!.id });
    expect(done.completedAt).toBeInstanceOf(Date);
    expect(await stockOf(o.product.id)).toBe(8); // taken once, at checkout
  });

  it("a pay-later order completes as a CREDIT_SALE on the tab", async () => {
    const o = await orderIn("COMPLETED", "CREDIT");
    expect(
      await db.transaction.findUniqueOrThrow({
        where: { merchantId_orderId: { merchantId: o.order.merchantId, orderId: o.order.id } },
      }),
    ).toMatchObject({
      type: "CREDIT_SALE",
      method: "CREDIT",
      amountPaise: 8000,
      customerId: o.order.customerId,
    });
  });

  it("cancelling returns the stock (with a reason from the merchant)", async () => {
    const o = await orderIn("ACCEPTED");
    expect(await stockOf(o.product.id)).toBe(8);
    const e = await fails(changeOrderStatus(o.merchantId, o.merchantUserId, o.order.id, { status: "CANCELLED" }));
    expect(e.fields?.reason).toBeDefined();
    const c = await changeOrderStatus(o.merchantId, o.merchantUserId, o.order.id, {
      status: "CANCELLED",
      reason: "Out of delivery range",
    });
    expect(c).toMatchObject({ status: "CANCELLED", cancelReason: "Out of delivery range" });
    expect(await stockOf(o.product.id)).toBe(10);
    expect(await movementSum(o.product.id)).toBe(10);
    expect(
      await db.stockMovement.findFirst({ where: { productId: o.product.id, reason: "ORDER_CANCEL" } }),
    ).toMatchObject({ quantityMilli: 2_000, refId: o.order.id });
    expect(await db.transaction.count({ where: { orderId: o.order.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: o.order.id, action: "order.status" } })).toBe(2);
  });

  it("a customer may cancel only while the order is PLACED", async () => {
    const o = await orderIn("PLACED");
    expect((await cancelOrderByCustomer(o.buyer.id, o.order.id)).status).toBe("CANCELLED");
    expect(await stockOf(o.product.id)).toBe(10);
    const accepted = await orderIn("ACCEPTED");
    expect((await fails(cancelOrderByCustomer(accepted.buyer.id, accepted.order.id))).code).toBe("invalid_transition");
    expect(await stockOf(accepted.product.id)).toBe(8);
  });
});

describe("tenant isolation and listings", () => {
  it("another shop or another customer cannot read or move an order", async () => {
    const o = await orderIn("PLACED");
    const other = await shopWith(5);
    const otherBuyer = await makeUser("CUSTOMER");
    expect((await fails(getOrder({ merchantId: other.merchantId }, o.order.id))).code).toBe("not_found");
    expect(
      (await fails(changeOrderStatus(other.merchantId, other.merchantUserId, o.order.id, { status: "ACCEPTED" }))).code,
    ).toBe("not_found");
    expect((await fails(getOrder({ userId: otherBuyer.id }, o.order.id))).code).toBe("not_found");
    expect((await fails(cancelOrderByCustomer(otherBuyer.id, o.order.id))).code).toBe("not_found");
    expect((await listOrdersForMerchant(other.merchantId)).total).toBe(0);
    expect((await listOrdersForCustomer(otherBuyer.id)).total).toBe(0);
    expect((await getOrder({ merchantId: o.merchantId }, o.order.id)).status).toBe("PLACED");
  });

  it("lists a shop's orders by status and a customer's orders across shops", async () => {
    const a = await orderIn("ACCEPTED");
    const b = await shopWith(10);
    await placeOrder(a.buyer.id, order(b.merchantId, [{ productId: b.product.id, quantity: 1 }]));
    expect((await listOrdersForMerchant(a.merchantId, { status: "ACCEPTED" })).items.map((o) => o.id)).toEqual([
      a.order.id,
    ]);
    expect((await listOrdersForMerchant(a.merchantId, { status: "PLACED" })).total).toBe(0);
    expect((await listOrdersForMerchant(a.merchantId, { status: "open" })).total).toBe(1);
    const mine = await listOrdersForCustomer(a.buyer.id);
    expect(mine.total).toBe(2);
    expect(new Set(mine.items.map((o) => o.merchantId))).toEqual(new Set([a.merchantId, b.merchantId]));
  });

  it("browses active shops and their products with availability, never cost prices", async () => {
    const tag = uniq();
    const { merchant } = await makeMerchant({ shopName: `Gupta ${tag} Kirana` });
    await db.merchant.update({ where: { id: merchant.id }, data: { area: `Lajpat ${tag}`, city: "Delhi" } });
    const closed = await makeMerchant({ shopName: `Gupta ${tag} Closed` });
    await db.user.update({ where: { id: closed.user.id }, data: { disabledAt: new Date() } });
    expect((await listShops({ q: `gupta ${tag}` })).items.map((s) => s.id)).toEqual([merchant.id]);
    expect((await listShops({ area: `lajpat ${tag}` })).items.map((s) => s.id)).toEqual([merchant.id]);
    expect((await listShops({ q: "%" })).items.map((s) => s.id)).not.toContain(merchant.id);
    await makeProduct(merchant.id, { name: "Plenty Rice", stock: 50, category: "grocery" });
    await makeProduct(merchant.id, { name: "Last Milk", stock: 2, category: "dairy" });
    await makeProduct(merchant.id, { name: "Gone Eggs", stock: 0, category: "grocery" });
    expect((await listShops({ q: tag, category: "dairy" })).total).toBe(1);
    expect((await listShops({ q: tag, category: "toys" })).total).toBe(0);
    const list = await listShopProducts(merchant.id);
    expect(list.items.map((p) => [p.name, p.availability, p.left])).toEqual([
      ["Last Milk", "low", 2],
      ["Plenty Rice", "in_stock", null],
      ["Gone Eggs", "out", null],
    ]);
    expect(Object.keys(list.items[0]!)).not.toContain("costPaise");
    expect((await listShopProducts(merchant.id, { q: "rice" })).items.map((p) => p.name)).toEqual(["Plenty Rice"]);
    expect((await fails(listShopProducts(closed.merchant.id))).code).toBe("not_found");
  });
});
