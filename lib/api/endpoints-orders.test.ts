import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listOrders, POST as placeOrder } from "@/app/api/v1/orders/route";
import { GET as getOrder, PATCH as patchOrder } from "@/app/api/v1/orders/[id]/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { makeMerchant, makeProduct, makeUser } from "@/lib/test/factories";

type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;

let shopId: string;
let merchantToken: string;
let customerToken: string;
let customerUserId: string;

beforeAll(async () => {
  const { user, merchant } = await makeMerchant();
  shopId = merchant.id;
  ({ token: merchantToken } = await bearerFor(user.id));
  const customer = await makeUser("CUSTOMER");
  customerUserId = customer.id;
  ({ token: customerToken } = await bearerFor(customer.id));
});

const order = (body: Json) => callRoute(placeOrder, "/api/v1/orders", { token: customerToken, body });
const move = (id: string, body: Json) =>
  callRoute(patchOrder, `/api/v1/orders/${id}`, { token: merchantToken, method: "PATCH", params: { id }, body });

describe("POST /api/v1/orders", () => {
  it("places an order (201) and a retried checkout returns the same order (200), stock taken once", async () => {
    const p = await makeProduct(shopId, { name: "Fortune Oil 1L", pricePaise: 16_000, stock: 5 });
    const body = {
      shopId,
      items: [{ productId: p.id, quantity: 2 }],
      paymentMethod: "upi",
      clientId: crypto.randomUUID(),
    };
    const first = await order(body);
    expect(first.status).toBe(201);
    const o = await json(first);
    expect(o).toMatchObject({
      shopId,
      status: "placed",
      paymentMethod: "upi",
      totalPaise: 32_000,
      items: [{ productId: p.id, quantity: 2, lineTotalPaise: 32_000 }],
    });
    expect(o.placedAt).toMatch(/Z$/);

    const again = await order(body);
    expect(again.status).toBe(200);
    expect((await json(again)).id).toBe(o.id);
    expect(await db.order.count({ where: { merchantId: shopId, clientId: body.clientId } })).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stockMilli).toBe(3_000);
  });

  it("409 insufficient_stock with productId and available", async () => {
    const p = await makeProduct(shopId, { name: "Last Packet", stock: 1 });
    const res = await order({
      shopId,
      items: [{ productId: p.id, quantity: 4 }],
      paymentMethod: "cash",
      clientId: crypto.randomUUID(),
    });
    expect(res.status).toBe(409);
    const { error } = await json(res);
    expect(error).toMatchObject({ code: "insufficient_stock", details: { productId: p.id, available: 1 } });
    expect(error.message).toContain("Only 1 left");
  });

  it("400 with fields for bad input and for pay_later at a shop that does not know the customer", async () => {
    const p = await makeProduct(shopId, { stock: 10 });
    const bad = await order({ shopId, items: [], paymentMethod: "CREDIT", clientId: "not-a-uuid" });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields).toMatchObject({
      items: "order_empty_cart",
      paymentMethod: "order_method_invalid",
      clientId: "client_id_invalid",
    });
    const later = await order({
      shopId,
      items: [{ productId: p.id, quantity: 1 }],
      paymentMethod: "pay_later",
      clientId: crypto.randomUUID(),
    });
    expect(later.status).toBe(400);
    expect((await json(later)).error.fields).toHaveProperty("paymentMethod");
    const noShop = await order({
      shopId: "noshop123",
      items: [{ productId: p.id, quantity: 1 }],
      paymentMethod: "cash",
      clientId: crypto.randomUUID(),
    });
    expect(noShop.status).toBe(404);
  });
});

describe("GET /api/v1/orders and /orders/{id}", () => {
  it("lists the shop's orders to the merchant and the customer's own to the customer, with a status filter", async () => {
    const p = await makeProduct(shopId, { stock: 20 });
    // Issue 19: at most 3 unaccepted orders per customer per shop; the earlier tests' waiting
    // orders are taken back first so this test's three fit.
    await db.order.updateMany({ where: { userId: customerUserId, status: "PLACED" }, data: { status: "CANCELLED" } });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(
        (
          await json(
            await order({
              shopId,
              items: [{ productId: p.id, quantity: 1 }],
              paymentMethod: "cash",
              clientId: crypto.randomUUID(),
            }),
          )
        ).id,
      );
    }
    await move(ids[0]!, { status: "accepted" });

    const mine: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Json = await json(
        await callRoute(listOrders, `/api/v1/orders?limit=2${cursor ? `&cursor=${cursor}` : ""}`, {
          token: customerToken,
        }),
      );
      mine.push(...page.items.map((o: Json) => o.id));
      cursor = page.nextCursor;
    } while (cursor);
    for (const id of ids) expect(mine).toContain(id);
    expect(new Set(mine).size).toBe(mine.length);
    expect(await db.order.count({ where: { userId: customerUserId } })).toBe(mine.length);

    const accepted = await json(
      await callRoute(listOrders, "/api/v1/orders?status=accepted", { token: merchantToken }),
    );
    expect(accepted.items.map((o: Json) => o.id)).toEqual([ids[0]]);
    const open = await json(
      await callRoute(listOrders, "/api/v1/orders?status=open&limit=200", { token: merchantToken }),
    );
    expect(open.items.map((o: Json) => o.id)).toEqual(expect.arrayContaining(ids));

    for (const token of [merchantToken, customerToken]) {
      const one = await callRoute(getOrder, `/api/v1/orders/${ids[1]}`, { token, params: { id: ids[1]! } });
      expect(one.status).toBe(200);
      expect(await json(one)).toMatchObject({ id: ids[1], status: "placed", customerId: expect.any(String) });
    }
    expect((await callRoute(listOrders, "/api/v1/orders?status=shipped", { token: merchantToken })).status).toBe(400);
  });
});

describe("PATCH /api/v1/orders/{id}", () => {
  it("moves forward to completed (writing the sale), then refuses a backward move with 409", async () => {
    const p = await makeProduct(shopId, { pricePaise: 5_000, stock: 10 });
    const o = await json(
      await order({
        shopId,
        items: [{ productId: p.id, quantity: 2 }],
        paymentMethod: "cash",
        clientId: crypto.randomUUID(),
      }),
    );
    for (const status of ["accepted", "ready", "completed"]) {
      const res = await move(o.id, { status });
      expect(res.status).toBe(200);
      expect((await json(res)).status).toBe(status);
    }
    const done = await json(
      await callRoute(getOrder, `/api/v1/orders/${o.id}`, { token: customerToken, params: { id: o.id } }),
    );
    expect(done.transactionId).toEqual(expect.any(String));
    expect(await db.transaction.findUniqueOrThrow({ where: { id: done.transactionId } })).toMatchObject({
      type: "SALE",
      amountPaise: 10_000,
    });

    const back = await move(o.id, { status: "accepted" });
    expect(back.status).toBe(409);
    expect((await json(back)).error).toMatchObject({
      code: "invalid_transition",
      details: { from: "COMPLETED", to: "ACCEPTED" },
    });
  });

  it("cancels with a reason (stock comes back); no reason or an unknown status is a 400", async () => {
    const p = await makeProduct(shopId, { stock: 4 });
    const o = await json(
      await order({
        shopId,
        items: [{ productId: p.id, quantity: 3 }],
        paymentMethod: "card",
        clientId: crypto.randomUUID(),
      }),
    );
    const noReason = await move(o.id, { status: "cancelled" });
    expect(noReason.status).toBe(400);
    expect((await json(noReason)).error.fields).toHaveProperty("reason");
    expect((await move(o.id, { status: "PLACED" })).status).toBe(400);
    const cancelled = await move(o.id, { status: "cancelled", reason: "Out of delivery range" });
    expect(await json(cancelled)).toMatchObject({ status: "cancelled", cancelReason: "Out of delivery range" });
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stockMilli).toBe(4_000);
    expect((await move(o.id, { status: "ready" })).status).toBe(409);
  });
});
