import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as recordSale } from "@/app/api/v1/sales/route";
import { POST as voidSale } from "@/app/api/v1/sales/[id]/void/route";
import { POST as recordPayment } from "@/app/api/v1/payments/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { voidClientId } from "@/lib/api/schemas/sale";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant, makeProduct, uniquePhone } from "@/lib/test/factories";

type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;
const uuid = () => crypto.randomUUID();

let merchantId: string;
let token: string;

beforeAll(async () => {
  const { user, merchant } = await makeMerchant();
  merchantId = merchant.id;
  ({ token } = await bearerFor(user.id));
});

const sale = (body: Json) => callRoute(recordSale, "/api/v1/sales", { token, body });
const voidIt = (id: string, body: Json) =>
  callRoute(voidSale, `/api/v1/sales/${id}/void`, { token, params: { id }, body });
const pay = (body: Json) => callRoute(recordPayment, "/api/v1/payments", { token, body });

describe("POST /api/v1/sales", () => {
  it("records a guest sale priced from the catalogue (201); the same clientId again is 200 with one row", async () => {
    const p = await makeProduct(merchantId, { name: "Good Day", pricePaise: 3_000, stock: 10 });
    const body = { clientId: uuid(), payment: "upi", items: [{ productId: p.id, quantity: 2 }], amountPaise: 1_550 };
    const first = await sale(body);
    expect(first.status).toBe(201);
    const s = await json(first);
    expect(s).toMatchObject({
      type: "sale",
      payment: "upi",
      amountPaise: 7_550,
      guest: true,
      customer: null,
      voided: false,
    });
    expect(s.items).toEqual([
      expect.objectContaining({ productId: p.id, quantity: 2, unitPricePaise: 3_000, lineTotalPaise: 6_000 }),
      expect.objectContaining({ productId: null, name: "Custom amount", lineTotalPaise: 1_550 }),
    ]);
    const again = await sale({ ...body, amountPaise: 99 });
    expect(again.status).toBe(200);
    expect((await json(again)).id).toBe(s.id);
    expect(await db.transaction.count({ where: { merchantId, clientId: body.clientId } })).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stockMilli).toBe(8_000);
  });

  it("pay_later without a customer is a 400 naming the field", async () => {
    const res = await sale({ clientId: uuid(), payment: "pay_later", amountPaise: 5_000 });
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error).toMatchObject({ code: "invalid_input", fields: { customerId: "sale_credit_needs_customer" } });
    expect(error.message).toContain("Pick a customer for pay later");
    expect(await db.transaction.count({ where: { merchantId, amountPaise: 5_000, type: "CREDIT_SALE" } })).toBe(0);
  });

  it("customerPhone finds the shop's tab or opens one (named by customerName, else the phone)", async () => {
    const phone = uniquePhone();
    const first = await json(
      await sale({ clientId: uuid(), payment: "pay_later", amountPaise: 2_000, customerPhone: `+91 ${phone}` }),
    );
    expect(first).toMatchObject({ type: "credit_sale", payment: "pay_later", customer: { name: phone, phone } });
    const second = await json(
      await sale({
        clientId: uuid(),
        payment: "cash",
        amountPaise: 1_000,
        customerPhone: phone,
        customerName: "Sunita Devi",
      }),
    );
    expect(second.customer.id).toBe(first.customer.id);
    expect(second.customer.name).toBe(phone); // an existing tab keeps its name

    const named = uniquePhone();
    expect(
      (
        await json(
          await sale({
            clientId: uuid(),
            payment: "cash",
            amountPaise: 1_000,
            customerPhone: named,
            customerName: "Ravi Kumar",
          }),
        )
      ).customer,
    ).toMatchObject({ name: "Ravi Kumar", phone: named });
  });

  it("400 for a bad combination or a bad body", async () => {
    const c = await makeCustomer(merchantId);
    const both = await json(
      await sale({
        clientId: uuid(),
        payment: "cash",
        amountPaise: 100,
        customerId: c.id,
        customerPhone: uniquePhone(),
      }),
    );
    expect(both.error.fields).toEqual({ customerPhone: "sale_one_customer" });
    const nameOnly = await json(
      await sale({ clientId: uuid(), payment: "cash", amountPaise: 100, customerName: "Ravi" }),
    );
    expect(nameOnly.error.fields).toEqual({ customerPhone: "required" });
    const empty = await json(await sale({ clientId: uuid(), payment: "cash" }));
    expect(empty.error.fields).toEqual({ amountPaise: "sale_items_or_amount" });
    const bad = await json(await sale({ clientId: "x", payment: "CREDIT", amountPaise: 10.5, customerPhone: "12345" }));
    expect(bad.error.fields).toMatchObject({
      clientId: "client_id_invalid",
      payment: "order_method_invalid",
      amountPaise: "amount_invalid",
      customerPhone: "phone_invalid",
    });
  });

  it("409 insufficient_stock with productId and available; 404 for a product of another shop", async () => {
    const p = await makeProduct(merchantId, { stock: 2 });
    const res = await sale({ clientId: uuid(), payment: "cash", items: [{ productId: p.id, quantity: 3 }] });
    expect(res.status).toBe(409);
    expect((await json(res)).error).toMatchObject({
      code: "insufficient_stock",
      details: { productId: p.id, available: 2 },
    });
    const other = await makeMerchant();
    const theirs = await makeProduct(other.merchant.id);
    expect(
      (await sale({ clientId: uuid(), payment: "cash", items: [{ productId: theirs.id, quantity: 1 }] })).status,
    ).toBe(404);
  });
});

describe("POST /api/v1/sales/{id}/void", () => {
  it("writes one reversing entry, returns stock, and a retried void is harmless", async () => {
    const p = await makeProduct(merchantId, { pricePaise: 2_500, stock: 5 });
    const s = await json(await sale({ clientId: uuid(), payment: "cash", items: [{ productId: p.id, quantity: 2 }] }));
    const first = await voidIt(s.id, { reason: "Rang up twice" });
    expect(first.status).toBe(201);
    const v = await json(first);
    expect(v).toMatchObject({
      type: "void",
      method: "cash",
      amountPaise: 5_000,
      voidsId: s.id,
      note: "Rang up twice",
      clientId: voidClientId(s.id),
    });
    expect(v.clientId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const retry = await voidIt(s.id, { reason: "Rang up twice" });
    expect(retry.status).toBe(200);
    expect((await json(retry)).id).toBe(v.id);
    expect(await db.transaction.count({ where: { voidsId: s.id } })).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stockMilli).toBe(5_000);

    const twice = await voidIt(s.id, { reason: "Again", clientId: uuid() });
    expect(twice.status).toBe(409);
    expect((await json(twice)).error.code).toBe("conflict");
  });

  it("400 without a reason, 404 for an unknown sale, 409 for voiding a payment", async () => {
    const s = await json(await sale({ clientId: uuid(), payment: "cash", amountPaise: 100 }));
    const noReason = await voidIt(s.id, {});
    expect(noReason.status).toBe(400);
    expect((await json(noReason)).error.fields).toEqual({ reason: "sale_reason_required" });
    expect((await voidIt("nosuchsale", { reason: "x" })).status).toBe(404);
    const c = await makeCustomer(merchantId);
    await sale({ clientId: uuid(), payment: "pay_later", amountPaise: 1_000, customerId: c.id });
    const payment = await json(await pay({ customerId: c.id, amountPaise: 500, method: "cash", clientId: uuid() }));
    expect((await voidIt(payment.id, { reason: "x" })).status).toBe(409);
  });
});

describe("POST /api/v1/payments", () => {
  it("records a payment against the due (201), replays a retry (200), refuses more than the due", async () => {
    const c = await makeCustomer(merchantId);
    await sale({ clientId: uuid(), payment: "pay_later", amountPaise: 50_000, customerId: c.id });
    const body = { customerId: c.id, amountPaise: 30_000, method: "upi", clientId: uuid() };
    const first = await pay(body);
    expect(first.status).toBe(201);
    expect(await json(first)).toMatchObject({
      type: "payment",
      method: "upi",
      amountPaise: 30_000,
      customerId: c.id,
      duePaise: 20_000,
    });
    const retry = await pay(body);
    expect(retry.status).toBe(200);
    expect((await json(retry)).duePaise).toBe(20_000);
    expect(await db.transaction.count({ where: { merchantId, type: "PAYMENT", customerId: c.id } })).toBe(1);

    const tooMuch = await pay({ ...body, clientId: uuid(), amountPaise: 25_000 });
    expect(tooMuch.status).toBe(400);
    expect((await json(tooMuch)).error.details).toEqual({ duePaise: 20_000 });
    const later = await pay({ ...body, clientId: uuid(), method: "pay_later" });
    expect((await json(later)).error.fields).toEqual({ method: "order_method_invalid" });
    expect((await pay({ ...body, clientId: uuid(), customerId: "nosuchcustomer" })).status).toBe(404);
  });
});
