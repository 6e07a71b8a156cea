// Benchmark 1: counter sales through the app (POST /api/v1/sales, 2 lines each, a fresh
// clientId per request) against the same database work straight through pg with the same
// pool size, alternated in one run so both see the same machine.
//   BENCH_CLIENTS=32 BENCH_DURATION_S=20 BENCH_REPEAT=3 npx tsx bench/sales-throughput.ts
import crypto from "node:crypto";
import pg from "pg";
import { createProducts, createShops, PASSWORD } from "./lib/fixtures";
import { apiLogin, request } from "./lib/http";
import { closedLoop, type LoadResult } from "./lib/load";
import { isMain, machine, opt, printTable, writeResult } from "./lib/report";
import { groupCpuMs, postgresCpuMs, selfCpuMs } from "./lib/cpu";
import { baselineSale, makeShopTaxed } from "./lib/sale-baseline";
import { withStack } from "./lib/stack";
import { median, r1, summarize } from "./lib/stats";

const CLIENTS = opt("clients", 32);
const DURATION_S = opt("duration-s", 20);
const REPEAT = opt("repeat", 3);
const WARMUP_S = opt("warmup-s", 3);
const PRODUCTS = opt("products", 200);

/** cpu: CPU ms spent per sale by the side doing the work (app server or the pg baseline's process) and by PostgreSQL. */
function row(kind: string, run: number, r: LoadResult, ok: number, cpu: { work: number; pg: number }) {
  const s = summarize(r.latencies);
  return {
    kind,
    run,
    requests: r.count,
    ok,
    perSec: r1((ok / r.elapsedMs) * 1000),
    p50: r1(s.p50),
    p95: r1(s.p95),
    p99: r1(s.p99),
    max: r1(s.max),
    cpuMsPerSale: r1(cpu.work / Math.max(ok, 1)),
    pgCpuMsPerSale: r1(cpu.pg / Math.max(ok, 1)),
    statuses: r.statuses,
  };
}

/** Run a load and measure the CPU the working side and PostgreSQL spent on it. */
async function measured(load: () => Promise<LoadResult>, workCpu: () => number, pgCpu: () => number) {
  const w0 = workCpu();
  const p0 = pgCpu();
  const r = await load();
  return { r, cpu: { work: workCpu() - w0, pg: pgCpu() - p0 } };
}

export async function salesThroughput() {
  return withStack({}, async (stack) => {
    const [shop] = await createShops(stack.pool, "thr", 1);
    const products = await createProducts(stack.pool, shop!.merchantId, PRODUCTS, 1_000_000);
    await makeShopTaxed(stack.pool, shop!.merchantId);
    const token = await apiLogin(stack.baseUrl, shop!.email, PASSWORD);
    const pick = () => {
      const a = crypto.randomInt(products.length);
      const b = (a + 1 + crypto.randomInt(products.length - 1)) % products.length;
      return [
        { productId: products[a]!, quantity: 1 },
        { productId: products[b]!, quantity: 2 },
      ];
    };
    let firstError = "";
    const appSale = async () => {
      const r = await request(stack.baseUrl, "/api/v1/sales", {
        token,
        body: { clientId: crypto.randomUUID(), payment: "cash", items: pick() },
      });
      if (r.status >= 500 && !firstError) firstError = r.text.slice(0, 300);
      return r;
    };
    const baseSale = async () => {
      const t0 = performance.now();
      try {
        await baselineSale(pool, shop!.merchantId, shop!.userId, crypto.randomUUID(), pick());
        return { status: 201, ms: performance.now() - t0 };
      } catch (err) {
        if (!firstError) firstError = String(err);
        return { status: 500, ms: performance.now() - t0 };
      }
    };
    // The baseline's own pool: the same size as the app's.
    const pool = new pg.Pool({ connectionString: stack.dbUrl, max: stack.poolSize });
    pool.on("error", () => {});

    console.log(`warm-up ${WARMUP_S} s (app and baseline)...`);
    await closedLoop({ clients: CLIENTS, durationMs: WARMUP_S * 1000, fn: appSale });
    await closedLoop({ clients: CLIENTS, durationMs: WARMUP_S * 1000, fn: baseSale });

    const rows = [];
    const ratios: number[] = [];
    const before = machine();
    for (let run = 1; run <= REPEAT; run++) {
      const pgCpu = () => postgresCpuMs(stack.pgDataDir);
      const app = await measured(
        () => closedLoop({ clients: CLIENTS, durationMs: DURATION_S * 1000, fn: appSale }),
        () => groupCpuMs(stack.appPgid()),
        pgCpu,
      );
      const base = await measured(
        () => closedLoop({ clients: CLIENTS, durationMs: DURATION_S * 1000, fn: baseSale }),
        selfCpuMs,
        pgCpu,
      );
      const a = row("app", run, app.r, app.r.statuses["201"] ?? 0, app.cpu);
      const b = row("baseline", run, base.r, base.r.statuses["201"] ?? 0, base.cpu);
      rows.push(a, b);
      ratios.push(a.perSec / b.perSec);
      console.log(`run ${run}: app ${a.perSec}/s p95 ${a.p95} ms; baseline ${b.perSec}/s p95 ${b.p95} ms`);
    }
    const app = rows.filter((r) => r.kind === "app");
    const base = rows.filter((r) => r.kind === "baseline");
    const summary = {
      appSalesPerSec: r1(median(app.map((r) => r.perSec))),
      appP50: r1(median(app.map((r) => r.p50))),
      appP95: r1(median(app.map((r) => r.p95))),
      appP99: r1(median(app.map((r) => r.p99))),
      baselineSalesPerSec: r1(median(base.map((r) => r.perSec))),
      baselineP95: r1(median(base.map((r) => r.p95))),
      appCpuMsPerSale: r1(median(app.map((r) => r.cpuMsPerSale))),
      baselineCpuMsPerSale: r1(median(base.map((r) => r.cpuMsPerSale))),
      pgCpuMsPerSaleApp: r1(median(app.map((r) => r.pgCpuMsPerSale))),
      pgCpuMsPerSaleBaseline: r1(median(base.map((r) => r.pgCpuMsPerSale))),
      ratio: Math.round(median(ratios) * 100) / 100,
    };
    // Issue 21's targets are for 4 clients (a shop's counters): p95 <= 25 ms, ratio >= 0.35, CPU <= 6 ms.
    const targets = {
      p95Le50ms: summary.appP95 <= 50,
      ratioGe05: summary.ratio >= 0.5,
      p95Le25ms: summary.appP95 <= 25,
      ratioGe035: summary.ratio >= 0.35,
      appCpuLe6ms: summary.appCpuMsPerSale <= 6,
    };
    printTable(
      `sales throughput: ${CLIENTS} clients x ${DURATION_S} s, pool ${stack.poolSize}, ${REPEAT} runs`,
      rows.map(({ statuses, ...r }) => ({ ...r, statuses: JSON.stringify(statuses) })),
    );
    printTable("medians", [{ ...summary, ...targets }]);
    if (firstError) console.log(`first error: ${firstError}`);
    // The standard run (32 clients) is "sales-throughput"; other concurrencies keep their own record.
    writeResult(CLIENTS === 32 ? "sales-throughput" : `sales-throughput-c${CLIENTS}`, {
      options: {
        clients: CLIENTS,
        durationS: DURATION_S,
        repeat: REPEAT,
        products: PRODUCTS,
        poolSize: stack.poolSize,
      },
      loadBefore: before,
      runs: rows,
      summary,
      targets,
      firstError,
    });
    await pool.end();
    return { summary, targets };
  });
}

if (isMain(import.meta.url)) {
  salesThroughput().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
