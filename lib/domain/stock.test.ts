// The one stock module: a take is refused when short ("Only N left"), and for an online order
// (listedOnly) when the product was archived meanwhile; the counter may still sell it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StockReason } from "@/lib/generated/prisma/enums";
import { makeMerchant, makeProduct } from "@/lib/test/factories";
import { takeStock } from "./stock";

async function shelf(stock: number) {
  const { user, merchant } = await makeMerchant();
  const p = await makeProduct(merchant.id, { name: "Toor Dal", stock });
  const ref = { merchantId: merchant.id, reason: "ORDER" as StockReason, refId: null, actorId: user.id };
  const line = (qty: number) => [{ productId: p.id, quantityMilli: qty * 1000, name: p.name, unit: p.unit }];
  const left = async () => (await db.product.findUniqueOrThrow({ where: { id: p.id } })).stockMilli;
  const moves = () => db.stockMovement.count({ where: { productId: p.id, reason: { in: ["ORDER", "SALE"] } } });
  return { p, ref, line, left, moves };
}

describe("takeStock", () => {
  it("refuses a short line with what is left, and moves nothing", async () => {
    const s = await shelf(3);
    await expect(db.$transaction((tx) => takeStock(tx, s.ref, s.line(5)))).rejects.toMatchObject({
      code: "insufficient_stock",
      message: "Only 3 left of Toor Dal",
      details: { productId: s.p.id, available: 3 },
    });
    expect(await s.left()).toBe(3000);
    expect(await s.moves()).toBe(0);
  });

  it("an online order (listedOnly) refuses an archived product; the counter may sell it", async () => {
    const s = await shelf(3);
    await db.product.update({ where: { id: s.p.id }, data: { archivedAt: new Date() } });
    await expect(db.$transaction((tx) => takeStock(tx, s.ref, s.line(1), { listedOnly: true }))).rejects.toMatchObject({
      code: "invalid_input",
      message: "Toor Dal is no longer sold here",
    });
    expect(await s.left()).toBe(3000);

    await db.$transaction((tx) => takeStock(tx, { ...s.ref, reason: "SALE" }, s.line(1)));
    expect(await s.left()).toBe(2000);
    expect(await s.moves()).toBe(1);
  });
});
