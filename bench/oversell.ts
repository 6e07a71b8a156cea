// Benchmark 2: no oversell at scale. 200 customers (their own bearer tokens) order 1 unit each
// of a product with 20 units, all at once: exactly 20 orders, stock 0, 180 clear 409s, no 5xx.
//   BENCH_BUYERS=200 BENCH_STOCK=20 BENCH_REPEAT=3 npx tsx bench/oversell.ts
import crypto from "node:crypto";
import { createCustomerUsers, createProducts, createShops, PASSWORD } from "./lib/fixtures";
import { apiLogin, json, request } from "./lib/http";
import { inBatches } from "./lib/load";
import { isMain, machine, opt, printTable, verdict, writeResult } from "./lib/report";
import { withStack } from "./lib/stack";
import { r1, summarize } from "./lib/stats";

const BUYERS = opt("buyers", 200);
const STOCK = opt("stock", 20);
const REPEAT = opt("repeat", 3);

export async function oversell() {
  return withStack({}, async (stack) => {
    const [shop] = await createShops(stack.pool, "ovs", 1);
    const buyers = await createCustomerUsers(stack.pool, "ovc", BUYERS);
    const tokens: string[] = [];
    await inBatches(buyers, 8, async (b, i) => {
      tokens[i] = await apiLogin(stack.baseUrl, b.email, PASSWORD);
    });
    console.log(`${tokens.length} customers signed in`);

    const rows = [];
    const before = machine();
    for (let run = 1; run <= REPEAT; run++) {
      const [productId] = await createProducts(stack.pool, shop!.merchantId, 1, STOCK, `${shop!.merchantId}-run${run}`);
      const t0 = performance.now();
      const replies = await Promise.all(
        tokens.map((token) =>
          request(stack.baseUrl, "/api/v1/orders", {
            token,
            timeoutMs: 60_000,
            body: {
              shopId: shop!.merchantId,
              items: [{ productId, quantity: 1 }],
              paymentMethod: "cash",
              clientId: crypto.randomUUID(),
            },
          }),
        ),
      );
      const wall = performance.now() - t0;
      const count = (f: (s: number) => boolean) => replies.filter((r) => f(r.status)).length;
      const clear409 = replies.filter(
        (r) => r.status === 409 && json<{ error?: { code?: string } }>(r)?.error?.code === "insufficient_stock",
      ).length;
      const {
        rows: [db],
      } = await stack.pool.query<{ stock: number; orders: number; moved: number }>(
        `SELECT p."stockMilli" / 1000 AS "stock",
                (SELECT count(DISTINCT oi."orderId")::int FROM "OrderItem" oi WHERE oi."productId" = p."id") AS orders,
                (SELECT (coalesce(sum(m."quantityMilli"), 0) / 1000)::int FROM "StockMovement" m WHERE m."productId" = p."id") AS moved
         FROM "Product" p WHERE p."id" = $1`,
        [productId],
      );
      const lat = summarize(replies.map((r) => r.ms));
      const ok =
        count((s) => s === 201) === STOCK &&
        db!.stock === 0 &&
        db!.orders === STOCK &&
        clear409 === BUYERS - STOCK &&
        count((s) => s >= 500 || s === 0) === 0;
      rows.push({
        run,
        created201: count((s) => s === 201),
        clear409,
        other4xx: count((s) => s >= 400 && s < 500) - clear409,
        fivexx: count((s) => s >= 500),
        noAnswer: count((s) => s === 0),
        stockLeft: db!.stock,
        ordersInDb: db!.orders,
        movementSum: db!.moved,
        wallMs: Math.round(wall),
        p50: r1(lat.p50),
        p95: r1(lat.p95),
        max: r1(lat.max),
        verdict: verdict(ok),
      });
      const odd = replies.find((r) => r.status !== 201 && !(r.status === 409));
      if (odd) console.log(`unexpected reply: ${odd.status} ${odd.error ?? ""} ${odd.text.slice(0, 200)}`);
    }
    const pass = rows.every((r) => r.verdict === "PASS");
    printTable(`no oversell: ${BUYERS} buyers, ${STOCK} units, ${REPEAT} runs`, rows);
    console.log(
      `\n${verdict(pass)}  ${rows.map((r) => `${r.created201} sold/${r.clear409} 409/${r.fivexx} 5xx/stock ${r.stockLeft}`).join("; ")}`,
    );
    writeResult("oversell", {
      options: { buyers: BUYERS, stock: STOCK, repeat: REPEAT, poolSize: stack.poolSize },
      loadBefore: before,
      runs: rows,
      verdict: verdict(pass),
    });
    return { pass, rows };
  });
}

if (isMain(import.meta.url)) {
  oversell().then(
    (r) => process.exit(r.pass ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
