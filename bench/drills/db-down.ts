// Drill 1: PostgreSQL stops in the middle of a sales burst. Requests must fail within 5 s with
// 503 (no hang), /api/health must say so, and once PostgreSQL is back the same app process
// must serve again within 5 s. Every sale acknowledged with 201 exists exactly once and no
// sale is half-written.
//   BENCH_CLIENTS=8 BENCH_BEFORE_S=3 BENCH_DOWN_S=6 BENCH_AFTER_S=3 npx tsx bench/drills/db-down.ts
import { createProducts, createShops, PASSWORD } from "../lib/fixtures";
import { apiLogin, json, request } from "../lib/http";
import { isMain, machine, opt, printTable, verdict, writeResult } from "../lib/report";
import { auditClean, auditSales } from "../lib/sale-checks";
import { startBurst } from "../lib/sale-burst";
import { withStack } from "../lib/stack";
import { r1, summarize } from "../lib/stats";

const CLIENTS = opt("clients", 8);
const BEFORE_S = opt("before-s", 3);
const DOWN_S = opt("down-s", 6);
const AFTER_S = opt("after-s", 3);
const LIMIT_MS = 5000;
const OPENING = 1_000_000; // the stock cap (stockMilli holds ±1,000,000 units)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function dbDown() {
  return withStack({ persistentDb: true }, async (stack) => {
    const [shop] = await createShops(stack.pool, "dd", 1);
    const products = await createProducts(stack.pool, shop!.merchantId, 50, OPENING);
    const token = await apiLogin(stack.baseUrl, shop!.email, PASSWORD);
    const before = machine();

    const health: { t: number; status: number; ms: number; db?: string }[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const r = await request(stack.baseUrl, "/api/health", { timeoutMs: 10_000 });
        health.push({ t: Date.now(), status: r.status, ms: r.ms, db: json<{ db?: string }>(r)?.db });
        await sleep(250);
      }
    })();

    const burst = startBurst({
      baseUrl: stack.baseUrl,
      token,
      products,
      clients: CLIENTS,
      timeoutMs: 20_000,
      maxAttempts: 200_000,
    });
    await sleep(BEFORE_S * 1000);
    const tDown = Date.now();
    await stack.stopDb();
    const tStopped = Date.now();
    console.log(`PostgreSQL stopped (${tStopped - tDown} ms); ${burst.acked.size} sales acknowledged so far`);
    await sleep(DOWN_S * 1000);
    const tStart = Date.now();
    await stack.startDb();
    const tUp = Date.now();
    console.log(`PostgreSQL back (start took ${tUp - tStart} ms)`);
    // Recovery: the first sale acknowledged after the database is ready again.
    let tRecovered = 0;
    const until = tUp + 30_000;
    while (!tRecovered && Date.now() < until) {
      const first = burst.attempts.find((a) => a.start >= tUp && a.status === 201);
      if (first) tRecovered = first.end;
      else await sleep(50);
    }
    await sleep(AFTER_S * 1000);
    await burst.stop();
    polling = false;
    await poller;

    const during = burst.attempts.filter((a) => a.start >= tStopped && a.end <= tStart);
    const inFlight = burst.attempts.filter((a) => a.start < tStopped && a.end > tDown);
    const all = burst.attempts;
    const fail = (a: (typeof all)[number]) => a.status !== 201;
    const slowFailures = all.filter((a) => fail(a) && a.end - a.start > LIMIT_MS).length;
    const not503 = all.filter((a) => fail(a) && a.status !== 503).length;
    const wrongShape = all.filter((a) => a.status === 503 && a.code !== "db_unavailable").length;
    const healthDown = health.filter((h) => h.t - 1000 >= tStopped && h.t <= tStart);
    const healthSaidDown = healthDown.length > 0 && healthDown.every((h) => h.status === 503 && h.ms <= LIMIT_MS);
    const recoveryMs = tRecovered ? tRecovered - tUp : Infinity;
    const healthBack = health.find((h) => h.t >= tUp && h.status === 200);
    const audit = await auditSales(stack.pool, shop!.merchantId, burst.acked, burst.attempted, OPENING);

    const statuses: Record<string, number> = {};
    for (const a of all) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    const failMs = summarize(all.filter(fail).map((a) => a.end - a.start));
    const checks = {
      failuresWithin5s: slowFailures === 0,
      failuresAre503: not503 === 0 && wrongShape === 0,
      healthSaysDown: healthSaidDown,
      servesAgainWithin5s: recoveryMs <= LIMIT_MS,
      ackedExactlyOnceAndWhole: auditClean(audit),
    };
    const pass = Object.values(checks).every(Boolean) && during.length > 0;
    const rows = [
      {
        attempts: all.length,
        acked201: burst.acked.size,
        whileDown: during.length,
        inFlightAtStop: inFlight.length,
        statuses: JSON.stringify(statuses),
        failP50: r1(failMs.p50),
        failMax: r1(failMs.max),
        slowFailures,
        not503,
        healthChecksWhileDown: healthDown.length,
        healthBackAfterMs: healthBack ? healthBack.t - tUp : null,
        recoveryMs: Number.isFinite(recoveryMs) ? recoveryMs : null,
      },
    ];
    printTable(`database down mid-burst: ${CLIENTS} clients, down ${DOWN_S} s`, rows);
    printTable("ledger audit", [audit]);
    printTable("checks", [checks]);
    const odd = all.find((a) => fail(a) && (a.status !== 503 || a.end - a.start > LIMIT_MS));
    if (odd)
      console.log(`example failure: ${odd.status} ${odd.code ?? odd.error ?? ""} after ${odd.end - odd.start} ms`);
    if (not503)
      console.log(
        stack
          .appLog()
          .split("\n")
          .filter((l) => /error/i.test(l))
          .slice(0, 10)
          .join("\n"),
      );
    console.log(
      `\n${verdict(pass)}  attempts ${all.length}, acknowledged ${burst.acked.size}, while down ${during.length} (503: ${during.filter((a) => a.status === 503).length}), slow ${slowFailures}, non-503 failures ${not503}, recovery ${rows[0]!.recoveryMs} ms, missing ${audit.ackedMissing}, duplicates ${audit.duplicateClientIds}, half-written ${audit.halfWritten}`,
    );
    writeResult("drill-db-down", {
      options: { clients: CLIENTS, beforeS: BEFORE_S, downS: DOWN_S, afterS: AFTER_S },
      loadBefore: before,
      result: rows[0],
      audit,
      checks,
      verdict: verdict(pass),
    });
    return pass;
  });
}

if (isMain(import.meta.url)) {
  dbDown().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
