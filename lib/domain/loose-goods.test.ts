// Loose goods end to end in the domain: exact milli-unit stock, one rounding, whole units kept whole.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { adjustStock } from "@/lib/domain/inventory";
import { caught } from "@/lib/test/domain-error";
import { makeMerchant, makeProduct } from "@/lib/test/factories";
import { recordSale } from "./sales";

const cid = () => crypto.randomUUID();

describe("loose goods at the counter", () => {
  it("sells 0.250 kg of dal priced per kg: ₹30.00, 250 milli-units off the stock, one movement", async () => {
    const { merchant, user } = await makeMerchant();
    const dal = await makeProduct(merchant.id, { name: "Toor Dal (loose)", pricePaise: 12_000, stock: 40, unit: "KG" });
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CASH",
      items: [{ productId: dal.id, quantity: 0.25 }],
    });
    expect(r.amountPaise).toBe(3_000);
    expect(r.items).toEqual([
      expect.objectContaining({ quantity: 0.25, quantityMilli: 250, unit: "KG", lineTotalPaise: 3_000 }),
    ]);
    expect((await db.product.findUniqueOrThrow({ where: { id: dal.id } })).stockMilli).toBe(39_750);
    const mv = await db.stockMovement.findMany({ where: { refId: r.id } });
    expect(mv.map((m) => [m.quantityMilli, m.createdById])).toEqual([[-250, user.id]]);
    const line = await db.transactionItem.findFirstOrThrow({ where: { transactionId: r.id } });
    expect(line).toMatchObject({ quantityMilli: 250, unit: "KG" });
  });

  it("rounds quantity x price half up to the paisa once per line", async () => {
    const { merchant, user } = await makeMerchant();
    const sugar = await makeProduct(merchant.id, { pricePaise: 4_400, stock: 10, unit: "KG" });
    // 1.136 kg x ₹44 = ₹49.984 -> ₹49.98; the same product twice is one line (0.5 + 0.636)
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "UPI",
      items: [
        { productId: sugar.id, quantity: 0.5 },
        { productId: sugar.id, quantity: 0.636 },
      ],
    });
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ quantityMilli: 1_136, lineTotalPaise: 4_998 });
    expect(r.amountPaise).toBe(4_998);
  });

  it("keeps pieces whole and refuses a 4th decimal", async () => {
    const { merchant, user } = await makeMerchant();
    const soap = await makeProduct(merchant.id, { pricePaise: 3_500, stock: 10 });
    const half = await caught(
      recordSale(merchant.id, user.id, {
        clientId: cid(),
        method: "CASH",
        items: [{ productId: soap.id, quantity: 0.5 }],
      }),
    );
    expect(half.code).toBe("invalid_input");
    expect(half.fields).toEqual({ items: "quantity_whole" });
    const tiny = await caught(
      recordSale(merchant.id, user.id, {
        clientId: cid(),
        method: "CASH",
        items: [{ productId: soap.id, quantity: 1.0005 }],
      }),
    );
    expect(tiny.code).toBe("invalid_input");
    expect((await db.product.findUniqueOrThrow({ where: { id: soap.id } })).stockMilli).toBe(10_000);
  });

  it("receives 12.5 kg of loose rice into stock exactly", async () => {
    const { merchant, user } = await makeMerchant();
    const rice = await makeProduct(merchant.id, { stock: 1, unit: "KG" });
    const res = await adjustStock(merchant.id, user.id, { productId: rice.id, delta: 12.5, reason: "RECEIVED" });
    expect(res.stock).toBe(13.5);
    expect((await db.product.findUniqueOrThrow({ where: { id: rice.id } })).stockMilli).toBe(13_500);
  });
});
