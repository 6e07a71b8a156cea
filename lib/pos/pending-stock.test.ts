import { describe, expect, it } from "vitest";
import { pendingQuantities, withPendingStock } from "./pending-stock";
import { posProduct } from "@/lib/test/pos-product";

const product = (id: string, stock: number) => posProduct(id, { stock, category: "Grocery" });

describe("stock shown offline", () => {
  it("takes the quantities of the sales waiting to sync off the snapshot's stock", () => {
    const waiting = pendingQuantities([
      {
        payload: {
          clientId: "a",
          method: "CASH",
          items: [
            { productId: "rice", quantity: 2 },
            { productId: "oil", quantity: 1 },
          ],
        },
      },
      { payload: { clientId: "b", method: "UPI", amountPaise: 500 } },
      { payload: { clientId: "c", method: "CREDIT", customerId: "x", items: [{ productId: "rice", quantity: 3 }] } },
    ]);
    expect([...waiting]).toEqual([
      ["rice", 5],
      ["oil", 1],
    ]);
    const shown = withPendingStock([product("rice", 4), product("oil", 10), product("dal", 7)], waiting);
    // Past zero is shown as it is: the sale happened at the counter; the server flags it for review.
    expect(shown.map((p) => [p.id, p.stock])).toEqual([
      ["rice", -1],
      ["oil", 9],
      ["dal", 7],
    ]);
  });

  it("returns the same list when nothing waits", () => {
    const list = [product("rice", 4)];
    expect(withPendingStock(list, new Map())).toBe(list);
  });
});
