// Drill: the app past one process. N instances behind nginx on one PostgreSQL + streaming replica
// (scripts/lib/cluster.ts). 1) throughput with 1, 2, 3 instances behind nginx, CPU per sale;
// 2) a sales burst round-robin through nginx, instance 1 killed (-9) mid-burst, the clients
// retry what got no answer with the same clientId; a real browser on instance 2 hears every
// sale's live event; 3) the sign-in limit and a duplicate sale across instances; 4) replica lag.
// Pass: every acknowledged sale once, no 5xx but the killed instance's in-flight ones, events
// delivered, limit and idempotency held.
//   BENCH_DIST_DIR=.next-bench npx tsx bench/drills/cluster.ts [--instances=3 --clients=8 --phase-s=8]
import { createProducts, createShops, PASSWORD } from "../lib/fixtures";
import { apiLogin, webLogin } from "../lib/http";
import { isMain, machine, opt, printTable, verdict, writeResult } from "../lib/report";
import { auditClean, auditSales } from "../lib/sale-checks";
import { startBurst } from "../lib/sale-burst";
import { classifyFailures, ledgerBytesPerSale, missingEvents, retryUnacked } from "../lib/cluster-kill";
import { ensureBuild, DIST_DIR } from "../lib/stack";
import pg from "pg";
import { startCluster } from "../../scripts/lib/cluster";
import {
  browserListener,
  clusterCpuMs,
  idempotencyAcross,
  lagSampler,
  signInLimitAcross,
  visibilityLagMs,
} from "../lib/cluster-checks";

const INSTANCES = opt("instances", 3);
const CLIENTS = opt("clients", 8);
const PHASE_S = opt("phase-s", 8);
const BEFORE_S = opt("before-s", 4);
const AFTER_S = opt("after-s", 4);
const WARMUP_S = opt("warmup-s", 6);
const PORT = opt("port", 3250); // nginx; instances on the next ports, PostgreSQL on 54500+
const OPENING = 1_000_000; // the stock cap (stockMilli holds ±1,000,000 units)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cpuSum = (c: ReturnType<typeof clusterCpuMs>) => c.apps + c.nginx + c.primary + c.replica;

export async function clusterDrill() {
  ensureBuild();
  const cluster = await startCluster({
    instances: INSTANCES,
    port: PORT,
    distDir: DIST_DIR,
    ports: {
      apps: Array.from({ length: INSTANCES }, (_, i) => PORT + 1 + i),
      primary: 54500 + (PORT % 50) * 2,
      replica: 54501 + (PORT % 50) * 2,
    },
    log: (m) => console.log(m),
  });
  const stopAll = () => void cluster.stop().then(() => process.exit(130));
  process.once("SIGINT", stopAll);
  const pool = new pg.Pool({ connectionString: cluster.primaryUrl, max: 4 });
  try {
    const before = machine();
    const shops = await createShops(pool, "cl", 5);
    const tokens = await Promise.all(shops.map((s) => apiLogin(cluster.url, s.email, PASSWORD)));

    // 1) Throughput through nginx with the first n instances, same load each time, after a
    // warm-up of every instance (a cold Node process compiles as it serves: not a steady state).
    const warm = startBurst({
      baseUrl: cluster.url,
      token: tokens[4]!,
      products: await createProducts(pool, shops[4]!.merchantId, 50, OPENING, `${shops[4]!.merchantId}-w`),
      clients: CLIENTS,
      timeoutMs: 20_000,
      maxAttempts: 1_000_000,
    });
    await sleep(WARMUP_S * 1000);
    await warm.stop();
    const throughput: Record<string, unknown>[] = [];
    for (let n = 1; n <= INSTANCES; n++) {
      const shop = shops[n - 1]!;
      const products = await createProducts(pool, shop.merchantId, 50, OPENING);
      await cluster.setUpstreams(Array.from({ length: n }, (_, i) => i));
      const cpu0 = clusterCpuMs(cluster);
      const lag = lagSampler(cluster.primaryUrl);
      const t0 = Date.now();
      const burst = startBurst({
        baseUrl: cluster.url,
        token: tokens[n - 1]!,
        products,
        clients: CLIENTS,
        timeoutMs: 20_000,
        maxAttempts: 1_000_000,
      });
      await sleep(PHASE_S * 1000);
      await burst.stop();
      const seconds = (Date.now() - t0) / 1000;
      const cpu1 = clusterCpuMs(cluster);
      const ok = burst.attempts.filter((a) => a.saleId).length;
      const perSale = (k: keyof typeof cpu0) => Math.round(((cpu1[k] - cpu0[k]) / Math.max(ok, 1)) * 10) / 10;
      throughput.push({
        instances: n,
        salesPerS: Math.round((ok / seconds) * 10) / 10,
        errors: burst.attempts.length - ok,
        cpuMsPerSale: Math.round(((cpuSum(cpu1) - cpuSum(cpu0)) / Math.max(ok, 1)) * 10) / 10,
        appMs: perSale("apps"),
        primaryMs: perSale("primary"),
        replicaMs: perSale("replica"),
        nginxMs: perSale("nginx"),
        ...(await lag.stop()),
      });
    }
    printTable(`throughput through nginx, ${CLIENTS} clients, ${PHASE_S} s each`, throughput);
    await cluster.setUpstreams(cluster.instances.map((i) => i.index));

    // 2) The kill: a browser listens on instance 2 while sales go round-robin through nginx.
    const shop = shops[3]!;
    const token = tokens[3]!;
    const products = await createProducts(pool, shop.merchantId, 50, OPENING);
    const listenOn = cluster.instances[1]!;
    const victim = cluster.instances[0]!;
    const listener = await browserListener(listenOn.url, await webLogin(cluster.url, shop.email, PASSWORD));
    const lag = lagSampler(cluster.primaryUrl);
    const burst = startBurst({
      baseUrl: cluster.url,
      token,
      products,
      clients: CLIENTS,
      timeoutMs: 20_000,
      maxAttempts: 1_000_000,
    });
    await sleep(BEFORE_S * 1000);
    victim.kill();
    const tKill = Date.now();
    await sleep(AFTER_S * 1000);
    await burst.stop();
    const replicaLag = await lag.stop();
    const victimAddr = `127.0.0.1:${victim.port}`;
    const { failed, allowed, other5xx } = classifyFailures(burst.attempts, victimAddr, tKill);
    // Retry every unanswered sale with the same clientId, through nginx (now to the survivors).
    const { statuses: retryStatuses, gaveUp } = await retryUnacked(burst, cluster.url, token);
    const audit = await auditSales(pool, shop.merchantId, burst.acked, burst.attempted, OPENING);
    const everyOneOnce = audit.salesInDb === burst.attempted.size && burst.acked.size === burst.attempted.size;

    // Every sale's event, heard by the browser on instance 2.
    const events = await missingEvents(burst, listener.heard, victimAddr);
    const resyncs = await listener.resyncs();
    await listener.close();

    // 3) Across the surviving instances: the sign-in limit and one sale sent to both at once.
    const survivors = cluster.instances.filter((i) => i.alive()).map((i) => i.url);
    const signIn = await signInLimitAcross(survivors, shops[4]!.email, PASSWORD);
    const idem = await idempotencyAcross(
      survivors,
      tokens[4]!,
      await createProducts(pool, shops[4]!.merchantId, 5, 1000),
      pool,
    );
    const visibility = await visibilityLagMs(cluster, shops[4]!.merchantId);

    const bytesPerSale = await ledgerBytesPerSale(pool);
    const upstreams: Record<string, number> = {};
    for (const a of burst.attempts) upstreams[a.upstream ?? "none"] = (upstreams[a.upstream ?? "none"] ?? 0) + 1;
    const row = {
      attempted: burst.attempted.size,
      acked: burst.acked.size,
      failedDuringBurst: failed.length,
      inFlightAtKillFailed: allowed.length,
      other5xx: other5xx.length,
      retryStatuses: JSON.stringify(retryStatuses),
      gaveUp,
      salesInDb: audit.salesInDb,
      eventsHeard: events.heard,
      eventsMissing: events.missing.length,
      eventsMissingNotFromVictim: events.notFromVictim.length,
      resyncs,
      upstreams: JSON.stringify(upstreams),
    };
    const pass =
      auditClean(audit) &&
      everyOneOnce &&
      gaveUp === 0 &&
      other5xx.length === 0 &&
      events.notFromVictim.length === 0 &&
      signIn.held &&
      idem.held;
    printTable(`instance 1 of ${INSTANCES} killed mid-burst, browser on instance 2`, [row]);
    printTable("ledger audit", [audit]);
    printTable("across instances", [
      {
        signInWrong: signIn.wrongStatuses.join(","),
        rightPasswordAfter: signIn.rightPasswordAfter,
        limitHeld: signIn.held,
      },
      { duplicateSaleStatuses: idem.statuses.join(","), inDb: idem.inDb, idempotencyHeld: idem.held },
    ]);
    printTable("replica lag during the kill burst (pg_stat_replication)", [
      { ...replicaLag, visibilityMsAfter: visibility },
    ]);
    console.log(`ledger bytes per sale (3 tables, indexes included): ${bytesPerSale}`);
    console.log(`\n${verdict(pass)}  cluster drill`);
    writeResult("drill-cluster", {
      options: {
        instances: INSTANCES,
        clients: CLIENTS,
        phaseS: PHASE_S,
        warmupS: WARMUP_S,
        beforeS: BEFORE_S,
        afterS: AFTER_S,
      },
      loadBefore: before,
      throughput,
      kill: row,
      audit,
      signIn,
      idempotency: idem,
      replicaLag: { ...replicaLag, visibilityMsAfter: visibility },
      ledgerBytesPerSale: bytesPerSale,
      missingEvents: events.missing,
      // Every failed attempt, relative to the kill: what failed, where, and when.
      failures: failed.map((a) => ({
        status: a.status,
        error: a.error,
        code: a.code,
        upstream: a.upstream,
        startMs: a.start - tKill,
        endMs: a.end - tKill,
      })),
      verdict: verdict(pass),
    });
    return pass;
  } finally {
    process.off("SIGINT", stopAll);
    await pool.end();
    await cluster.stop();
  }
}

if (isMain(import.meta.url)) {
  clusterDrill().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
