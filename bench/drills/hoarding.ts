// Drill: one customer tries to hoard a shop's stock with 31 orders of 300 units each (10,000
// in stock). At most 3 unaccepted orders hold stock at once, so at most 900 units are taken,
// and the counter can still sell; the held stock comes back when the hold expires.
//   npx tsx bench/drills/hoarding.ts
import crypto from "node:crypto";
import { createCustomerUsers, createProducts, createShops, PASSWORD } from "../lib/fixtures";
import { apiLogin, request } from "../lib/http";
import { isMain, printTable, verdict, writeResult } from "../lib/report";
import { postSale } from "../lib/sale-burst";
import { withStack } from "../lib/stack";

const STOCK = 10_000;

export async function hoarding() {
  return withStack({}, async (stack) => {
    const [shop] = await createShops(stack.pool, "ho", 1);
    const [product] = await createProducts(stack.pool, shop!.merchantId, 1, STOCK);
    const [buyer] = await createCustomerUsers(stack.pool, "hoc", 1);
    const [shopToken, buyerToken] = [
      await apiLogin(stack.baseUrl, shop!.email, PASSWORD),
      await apiLogin(stack.baseUrl, buyer!.email, PASSWORD),
    ];
    const statuses: Record<string, number> = {};
    for (let i = 0; i < 31; i++) {
      const r = await request(stack.baseUrl, "/api/v1/orders", {
        token: buyerToken,
        body: {
          shopId: shop!.merchantId,
          items: [{ productId: product, quantity: 300 }],
          paymentMethod: "upi",
          clientId: crypto.randomUUID(),
        },
      });
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
    const stockOf = async () =>
      (
        await stack.pool.query<{ stock: number }>(
          `SELECT "stockMilli" / 1000 AS stock FROM "Product" WHERE "id" = $1`,
          [product],
        )
      ).rows[0]!.stock;
    const held = STOCK - (await stockOf());
    const counter = await postSale(
      stack.baseUrl,
      shopToken,
      { clientId: crypto.randomUUID(), payment: "cash", items: [{ productId: product!, quantity: 5000 }] } as never,
      20_000,
    );
    // The hold runs out: backdate it, then any read of the shop's orders sweeps.
    await stack.pool.query(
      `UPDATE "Order" SET "holdExpiresAt" = now() - interval '1 minute' WHERE "merchantId" = $1 AND "status" = 'PLACED'`,
      [shop!.merchantId],
    );
    await request(stack.baseUrl, "/api/v1/orders?status=open", { token: shopToken });
    const afterExpiry = await stockOf();
    const pass = (statuses["201"] ?? 0) <= 3 && held <= 900 && counter.status === 201 && afterExpiry === STOCK - 5000;
    const row = {
      orders: 31,
      statuses: JSON.stringify(statuses),
      unitsHeld: held,
      counterSale: counter.status,
      stockAfterExpiry: afterExpiry,
    };
    printTable("hoarding: one customer, 31 orders of 300 units", [row]);
    console.log(
      `\n${verdict(pass)}  ${JSON.stringify(statuses)}; held ${held} of ${STOCK}; the counter's 5,000-unit sale: ${counter.status}; after the hold expired stock is ${afterExpiry}`,
    );
    writeResult("drill-hoarding", { result: row, verdict: verdict(pass) });
    return pass;
  });
}

if (isMain(import.meta.url)) {
  hoarding().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
