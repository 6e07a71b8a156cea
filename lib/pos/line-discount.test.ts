// A line discount at the counter: the cart shows the same net amounts the server bills, and
// changing the quantity keeps the discount. The cross-check runs the real sale.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordSale } from "@/lib/domain/sales";
import { makeMerchant, makeProduct } from "@/lib/test/factories";
import { posProduct } from "@/lib/test/pos-product";
import { cartLineNetPaise, cartTotalPaise, setLineDiscount, setQuantity, type CartLine } from "./cart";

const product = (id: string, pricePaise: number) => posProduct(id, { pricePaise });

describe("line discounts in the cart", () => {
  const soap = product("soap", 11_800);
  const byId = new Map([[soap.id, soap]]);

  it("net of the line's own discount, never below zero; quantity changes keep it", () => {
    let cart: CartLine[] = [{ productId: "soap", quantity: 2 }];
    cart = setLineDiscount(cart, "soap", { amountPaise: 2_360 });
    expect(cartTotalPaise(cart, byId)).toBe(21_240);
    cart = setQuantity(cart, "soap", 3);
    expect(cart[0]).toEqual({ productId: "soap", quantity: 3, discount: { amountPaise: 2_360 } });
    expect(cartLineNetPaise(cart[0]!, soap)).toBe(35_400 - 2_360);
    cart = setLineDiscount(cart, "soap", { percent: 12.5 });
    expect(cartTotalPaise(cart, byId)).toBe(35_400 - 4_425);
    expect(cartLineNetPaise({ productId: "soap", quantity: 1, discount: { amountPaise: 99_999 } }, soap)).toBe(0);
    cart = setLineDiscount(cart, "soap", undefined);
    expect(cart[0]).toEqual({ productId: "soap", quantity: 3 });
  });

  it("the cart's total is the bill's total for the same lines", async () => {
    const { merchant, user } = await makeMerchant();
    await db.merchant.update({
      where: { id: merchant.id },
      data: { gstStatus: "REGULAR", gstin: "08AAPFU0939F1ZV", stateCode: "08", roundOff: false },
    });
    const a = await makeProduct(merchant.id, { pricePaise: 11_800 });
    const b = await makeProduct(merchant.id, { pricePaise: 2_733 });
    await db.product.update({ where: { id: a.id }, data: { gstRateBp: 1800 } });
    await db.product.update({ where: { id: b.id }, data: { gstRateBp: 500 } });
    const map = new Map([
      [a.id, product(a.id, 11_800)],
      [b.id, product(b.id, 2_733)],
    ]);
    const cart: CartLine[] = [
      { productId: a.id, quantity: 3, discount: { percent: 7.5 } },
      { productId: b.id, quantity: 7, discount: { amountPaise: 1_001 } },
    ];
    const sale = await recordSale(merchant.id, user.id, { clientId: crypto.randomUUID(), method: "CASH", items: cart });
    expect(sale.bill!.totalPaise).toBe(cartTotalPaise(cart, map));
    expect(sale.items.map((i) => i.discountPaise)).toEqual([2_655, 1_001]);
  });
});
