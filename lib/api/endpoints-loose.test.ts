import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as recordSale } from "@/app/api/v1/sales/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { makeMerchant, makeProduct } from "@/lib/test/factories";

type Json = Record<string, any>;
let merchantId: string;
let token: string;
beforeAll(async () => {
  const { user, merchant } = await makeMerchant();
  merchantId = merchant.id;
  ({ token } = await bearerFor(user.id));
});
const sale = (body: Json) => callRoute(recordSale, "/api/v1/sales", { token, body });

describe("POST /api/v1/sales with loose goods", () => {
  it("takes a decimal quantity for a kg item and answers it as a decimal with its unit", async () => {
    const oil = await makeProduct(merchantId, { pricePaise: 18_000, stock: 30, unit: "LITRE" });
    const res = await sale({
      clientId: crypto.randomUUID(),
      payment: "cash",
      items: [{ productId: oil.id, quantity: 1.5 }],
    });
    expect(res.status).toBe(201);
    const s = (await res.json()) as Json;
    expect(s.amountPaise).toBe(27_000);
    expect(s.items[0]).toMatchObject({ quantity: 1.5, unit: "litre", lineTotalPaise: 27_000 });
  });

  it("is a 400 for a fraction of a piece or a 4th decimal", async () => {
    const soap = await makeProduct(merchantId, { pricePaise: 3_500, stock: 10 });
    const half = await sale({
      clientId: crypto.randomUUID(),
      payment: "cash",
      items: [{ productId: soap.id, quantity: 0.4 }],
    });
    expect(half.status).toBe(400);
    const oil = await makeProduct(merchantId, { pricePaise: 18_000, stock: 30, unit: "LITRE" });
    const fine = await sale({
      clientId: crypto.randomUUID(),
      payment: "cash",
      items: [{ productId: oil.id, quantity: 0.0001 }],
    });
    expect(fine.status).toBe(400);
  });
});
