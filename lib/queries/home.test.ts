import { describe, expect, it } from "vitest";
import { stockAlerts } from "@/lib/queries/analytics-dues";
import { listProducts, lowStockList } from "@/lib/domain/inventory-list";
import { makeMerchant, makeProduct } from "@/lib/test/factories";
import { merchantHomeFigures } from "./home";

describe("one low-stock definition", () => {
  it("the home, the inventory filters, the reorder list and analytics agree; out of stock is counted apart", async () => {
    const { merchant } = await makeMerchant();
    const m = merchant.id;
    await makeProduct(m, { stock: 0, lowStockThreshold: 5 }); // out
    await makeProduct(m, { stock: 3, lowStockThreshold: 5 }); // low
    await makeProduct(m, { stock: 5, lowStockThreshold: 5 }); // low (at the threshold)
    await makeProduct(m, { stock: 6, lowStockThreshold: 5 }); // fine
    await makeProduct(m, { stock: 2, lowStockThreshold: 0 }); // fine: no threshold set

    const home = await merchantHomeFigures(m, "Asia/Kolkata");
    expect({ low: home.lowStock, out: home.outOfStock }).toEqual({ low: 2, out: 1 });
    expect((await listProducts(m, { stock: "low" })).total).toBe(2);
    expect((await listProducts(m, { stock: "out" })).total).toBe(1);
    const alerts = await stockAlerts(m);
    expect({ low: alerts.lowCount, out: alerts.outCount }).toEqual({ low: 2, out: 1 });
    expect((await lowStockList(m)).length).toBe(3); // the reorder list wants both
  });
});
