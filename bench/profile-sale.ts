// Diagnosis, not a benchmark: which statements one counter sale costs, through the app and
// through the pg baseline, from pg_stat_statements (loaded into this run's own PostgreSQL).
//   BENCH_SALES=200 npx tsx bench/profile-sale.ts
import crypto from "node:crypto";
import pg from "pg";
import { createProducts, createShops, PASSWORD } from "./lib/fixtures";
import { apiLogin, request } from "./lib/http";
import { isMain, machine, opt, printTable, writeResult } from "./lib/report";
import { groupCpuMs, postgresCpuMs, selfCpuMs } from "./lib/cpu";
import { baselineSale, makeShopTaxed } from "./lib/sale-baseline";
import { saleBody } from "./lib/sale-burst";
import { withStack, type Stack } from "./lib/stack";
import { r1, summarize } from "./lib/stats";

const SALES = opt("sales", 200);

type Stat = { query: string; calls: string; total: number; mean: number };

async function statements(stack: Stack, per: number) {
  const { rows } = await stack.pool.query<Stat>(
    `SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls::text, total_exec_time AS total, mean_exec_time AS mean
     FROM pg_stat_statements WHERE query !~* 'pg_stat_statements' ORDER BY calls DESC, total_exec_time DESC`,
  );
  await stack.pool.query(`SELECT pg_stat_statements_reset()`);
  return rows.map((r) => ({ perSale: r1(Number(r.calls) / per), meanMs: r1(r.mean), query: r.query.slice(0, 110) }));
}

export async function profileSale() {
  const prepareDb = async (url: string, restart: () => Promise<void>) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await c.end();
    await restart();
    const c2 = new pg.Client({ connectionString: url });
    await c2.connect();
    await c2.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    await c2.end();
  };
  return withStack({ persistentDb: true, prepareDb }, async (stack) => {
    const [shop] = await createShops(stack.pool, "prof", 1);
    const products = await createProducts(stack.pool, shop!.merchantId, 200, 1_000_000);
    await makeShopTaxed(stack.pool, shop!.merchantId);
    const token = await apiLogin(stack.baseUrl, shop!.email, PASSWORD);
    for (let i = 0; i < 20; i++) await request(stack.baseUrl, "/api/v1/sales", { token, body: saleBody(products) }); // warm-up
    await stack.pool.query(`SELECT pg_stat_statements_reset()`);
    const before = machine();
    const appMs: number[] = [];
    const cpu0 = { app: groupCpuMs(stack.appPgid()), pg: postgresCpuMs(stack.pgDataDir) };
    for (let i = 0; i < SALES; i++)
      appMs.push((await request(stack.baseUrl, "/api/v1/sales", { token, body: saleBody(products) })).ms);
    const appCpu = {
      work: (groupCpuMs(stack.appPgid()) - cpu0.app) / SALES,
      pg: (postgresCpuMs(stack.pgDataDir) - cpu0.pg) / SALES,
    };
    const app = await statements(stack, SALES);
    const pool = new pg.Pool({ connectionString: stack.dbUrl, max: stack.poolSize });
    const baseMs: number[] = [];
    const cpu1 = { self: selfCpuMs(), pg: postgresCpuMs(stack.pgDataDir) };
    for (let i = 0; i < SALES; i++) {
      const t0 = performance.now();
      await baselineSale(pool, shop!.merchantId, shop!.userId, crypto.randomUUID(), saleBody(products).items);
      baseMs.push(performance.now() - t0);
    }
    const baseCpu = { work: (selfCpuMs() - cpu1.self) / SALES, pg: (postgresCpuMs(stack.pgDataDir) - cpu1.pg) / SALES };
    await pool.end();
    const base = await statements(stack, SALES);
    // The floor of any request: GET /api/health is one `select 1` through Prisma.
    const h0 = { app: groupCpuMs(stack.appPgid()), pg: postgresCpuMs(stack.pgDataDir) };
    const healthMs: number[] = [];
    for (let i = 0; i < SALES; i++) healthMs.push((await request(stack.baseUrl, "/api/health")).ms);
    const healthCpu = {
      work: (groupCpuMs(stack.appPgid()) - h0.app) / SALES,
      pg: (postgresCpuMs(stack.pgDataDir) - h0.pg) / SALES,
    };
    const sum = (rows: { perSale: number; meanMs: number }[]) => ({
      statementsPerSale: r1(rows.reduce((s, r) => s + r.perSale, 0)),
      dbMsPerSale: r1(rows.reduce((s, r) => s + r.perSale * r.meanMs, 0)),
    });
    const totals = [
      {
        path: "app (one client, sequential)",
        ...sum(app),
        cpuMsPerSale: r1(appCpu.work),
        pgCpuMsPerSale: r1(appCpu.pg),
        p50: r1(summarize(appMs).p50),
        p95: r1(summarize(appMs).p95),
      },
      {
        path: "GET /api/health (floor of a request)",
        statementsPerSale: 1,
        dbMsPerSale: 0,
        cpuMsPerSale: r1(healthCpu.work),
        pgCpuMsPerSale: r1(healthCpu.pg),
        p50: r1(summarize(healthMs).p50),
        p95: r1(summarize(healthMs).p95),
      },
      {
        path: "baseline (pg)",
        ...sum(base),
        cpuMsPerSale: r1(baseCpu.work),
        pgCpuMsPerSale: r1(baseCpu.pg),
        p50: r1(summarize(baseMs).p50),
        p95: r1(summarize(baseMs).p95),
      },
    ];
    printTable(
      "statements per sale through the app",
      app.filter((r) => r.perSale >= 0.5),
    );
    printTable(
      "statements per sale through the baseline",
      base.filter((r) => r.perSale >= 0.5),
    );
    printTable(`${SALES} sales one at a time (ms)`, totals);
    writeResult("profile-sale", { options: { sales: SALES }, loadBefore: before, totals, app, baseline: base });
  });
}

if (isMain(import.meta.url)) {
  profileSale().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
