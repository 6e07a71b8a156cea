// The use cases are the one seam for writes: the server action and the API handler of an
// operation announce the same typed event, once (never for a replay), and name the screens
// to refresh. Events are captured at publishEvent (the NOTIFY itself is the hub's test).
import crypto from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as paymentsApi } from "@/app/api/v1/payments/route";
import { PATCH as orderApi } from "@/app/api/v1/orders/[id]/route";
import { POST as productsApi } from "@/app/api/v1/products/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import type { LiveEvent } from "@/lib/realtime/events";
import { makeCustomer, makeMerchant, makeProduct, makeUser } from "@/lib/test/factories";
import { placeOrder, updateOrderStatus } from "./orders";
import { createProduct } from "./products";
import { recordPayment } from "./tabs";

const published = vi.hoisted(() => [] as LiveEvent[]);
vi.mock("@/lib/realtime/publish", () => ({
  publishEvent: async (e: LiveEvent) => {
    published.push(e);
  },
}));
beforeEach(() => {
  published.length = 0;
});

async function tabOwing(amountPaise: number) {
  const { user, merchant } = await makeMerchant();
  const owner = await makeUser("CUSTOMER");
  const tab = await makeCustomer(merchant.id, { userId: owner.id });
  await db.transaction.create({
    data: {
      merchantId: merchant.id,
      type: "CREDIT_SALE",
      method: "CREDIT",
      amountPaise,
      customerId: tab.id,
      clientId: crypto.randomUUID(),
    },
  });
  return { actor: { userId: user.id, merchantId: merchant.id }, token: (await bearerFor(user.id)).token, tab, owner };
}

describe("use cases", () => {
  it("a payment announces payment.created once, to the shop and the tab's owner, and refreshes the dues", async () => {
    const w = await tabOwing(50_000);
    const input = { customerId: w.tab.id, amountPaise: 20_000, method: "CASH" as const, clientId: crypto.randomUUID() };
    const first = await recordPayment(w.actor, input);
    const again = await recordPayment(w.actor, input);
    expect(again.value.replayed).toBe(true);
    expect(published).toEqual([
      expect.objectContaining({
        type: "payment.created",
        merchantId: w.actor.merchantId,
        customerUserId: w.owner.id,
        id: first.value.id,
        data: { customerId: w.tab.id, amountPaise: 20_000, duePaise: 30_000 },
      }),
    ]);
    expect(first.refresh).toEqual(
      expect.arrayContaining([{ path: "/merchant/customers", type: "layout" }, { path: "/merchant" }]),
    );
  });

  it("the API handler and the use case announce the same event", async () => {
    const w = await tabOwing(50_000);
    await recordPayment(w.actor, {
      customerId: w.tab.id,
      amountPaise: 1_000,
      method: "CASH",
      clientId: crypto.randomUUID(),
    });
    const res = await callRoute(paymentsApi, "/api/v1/payments", {
      token: w.token,
      body: { customerId: w.tab.id, amountPaise: 1_000, method: "cash", clientId: crypto.randomUUID() },
    });
    expect(res.status).toBe(201);
    expect(published).toHaveLength(2);
    const shape = ({ type, merchantId, customerUserId, data }: LiveEvent) => ({
      type,
      merchantId,
      customerUserId,
      dataKeys: Object.keys(data ?? {}).sort(),
    });
    expect(shape(published[1]!)).toEqual(shape(published[0]!));
  });

  it("an order: placed once (a retried checkout is silent), then moved by the API with order.updated", async () => {
    const { user, merchant } = await makeMerchant();
    const buyer = await makeUser("CUSTOMER");
    const p = await makeProduct(merchant.id, { stock: 5 });
    const body = {
      shopId: merchant.id,
      items: [{ productId: p.id, quantity: 2 }],
      paymentMethod: "CASH" as const,
      clientId: crypto.randomUUID(),
    };
    const placed = await placeOrder({ userId: buyer.id }, body);
    await placeOrder({ userId: buyer.id }, body);
    expect(published.map((e) => e.type)).toEqual(["order.created"]);
    expect(placed.refresh).toEqual(expect.arrayContaining([{ path: `/customer/shops/${merchant.id}` }]));

    const token = (await bearerFor(user.id)).token;
    const res = await callRoute(orderApi, `/api/v1/orders/${placed.value.id}`, {
      method: "PATCH",
      token,
      params: { id: placed.value.id },
      body: { status: "accepted" },
    });
    expect(res.status).toBe(200);
    expect(published.at(-1)).toMatchObject({
      type: "order.updated",
      customerUserId: buyer.id,
      data: { status: "ACCEPTED" },
    });
    const cancelled = await updateOrderStatus({ userId: user.id, merchantId: merchant.id }, placed.value.id, {
      status: "CANCELLED",
      reason: "Out of stock",
    });
    expect(cancelled.refresh).toEqual(expect.arrayContaining([{ path: "/merchant/inventory", type: "layout" }]));
  });

  it("a product created through the API or the use case announces product.updated with its stock", async () => {
    const { user, merchant } = await makeMerchant();
    const actor = { userId: user.id, merchantId: merchant.id };
    const a = await createProduct(actor, { name: "Atta", pricePaise: 4_500, stock: 7, category: "grocery" });
    const res = await callRoute(productsApi, "/api/v1/products", {
      token: (await bearerFor(user.id)).token,
      body: { name: "Dal", pricePaise: 9_000, stock: 3, category: "grocery" },
    });
    expect(res.status).toBe(201);
    expect(published).toEqual([
      expect.objectContaining({ type: "product.updated", id: a.value.id, data: { stock: 7 } }),
      expect.objectContaining({ type: "product.updated", data: { stock: 3 } }),
    ]);
  });
});
