// Drill: 1,000 concurrent sales from one shop. Every answer is 201, 429 (the shop's write
// cap) or 503 "overloaded" (a pool wait past its limit): never "database not reachable";
// /api/health 200 throughout; every 201 in the ledger exactly once.
//   BENCH_SALES=1000 npx tsx bench/drills/overload.ts
import { createProducts, createShops, PASSWORD } from "../lib/fixtures";
import { apiLogin } from "../lib/http";
import { isMain, opt, printTable, verdict, writeResult } from "../lib/report";
import { startHealthProbe } from "../lib/health-probe";
import { auditSales } from "../lib/sale-checks";
import { postSale, saleBody } from "../lib/sale-burst";
import { withStack } from "../lib/stack";

const SALES = opt("sales", 1000);
const OPENING = 1_000_000; // the stock cap (stockMilli holds ±1,000,000 units)

export async function overload() {
  return withStack({}, async (stack) => {
    const [shop] = await createShops(stack.pool, "ov", 1);
    const products = await createProducts(stack.pool, shop!.merchantId, 20, OPENING);
    const token = await apiLogin(stack.baseUrl, shop!.email, PASSWORD);
    const probe = startHealthProbe(stack.baseUrl, 100);
    const bodies = Array.from({ length: SALES }, () => saleBody(products));
    const t = Date.now();
    const replies = await Promise.all(bodies.map((b) => postSale(stack.baseUrl, token, b, 60_000)));
    const wallMs = Date.now() - t;
    const health = await probe.stop();
    const statuses: Record<string, number> = {};
    let wrong = 0;
    for (const r of replies) {
      const code = r.code ?? "";
      const key = r.status === 503 ? `503 ${code}` : String(r.status);
      statuses[key] = (statuses[key] ?? 0) + 1;
      if (!(r.status === 201 || r.status === 429 || (r.status === 503 && code === "overloaded"))) wrong++;
    }
    const acked = new Map(replies.filter((r) => r.saleId).map((r) => [r.clientId, r.saleId!]));
    const audit = await auditSales(
      stack.pool,
      shop!.merchantId,
      acked,
      new Set(bodies.map((b) => b.clientId)),
      OPENING,
    );
    const pass = wrong === 0 && health.non200 === 0 && audit.ackedMissing === 0 && audit.duplicateClientIds === 0;
    const row = {
      sales: SALES,
      wallMs,
      statuses: JSON.stringify(statuses),
      healthP95: health.p95,
      healthNon200: health.non200,
      salesInDb: audit.salesInDb,
      acked: acked.size,
      duplicates: audit.duplicateClientIds,
      ackedMissing: audit.ackedMissing,
    };
    printTable("overload: concurrent sales from one shop", [row]);
    console.log(
      `\n${verdict(pass)}  ${JSON.stringify(statuses)}; other answers ${wrong}; health non-200 ${health.non200}; every 201 in the ledger once: ${audit.ackedMissing === 0 && audit.duplicateClientIds === 0}`,
    );
    writeResult("drill-overload", { options: { sales: SALES }, result: row, audit, verdict: verdict(pass) });
    return pass;
  });
}

if (isMain(import.meta.url)) {
  overload().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
