// Drill 2: the app is killed (-9) in the middle of a sales burst, then restarted; the clients
// retry every sale they got no answer for, with the same clientId. Zero duplicates, zero
// acknowledged sales lost, every sale whole.
//   BENCH_CLIENTS=8 BENCH_BEFORE_S=4 npx tsx bench/drills/app-killed.ts
import { createProducts, createShops, PASSWORD } from "../lib/fixtures";
import { apiLogin } from "../lib/http";
import { isMain, machine, opt, printTable, verdict, writeResult } from "../lib/report";
import { auditClean, auditSales } from "../lib/sale-checks";
import { postSale, startBurst, type Attempt } from "../lib/sale-burst";
import { withStack } from "../lib/stack";

const CLIENTS = opt("clients", 8);
const BEFORE_S = opt("before-s", 4);
const RETRIES = opt("retries", 5);
const OPENING = 1_000_000; // the stock cap (stockMilli holds ±1,000,000 units)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function appKilled() {
  return withStack({}, async (stack) => {
    const [shop] = await createShops(stack.pool, "ak", 1);
    const products = await createProducts(stack.pool, shop!.merchantId, 50, OPENING);
    const token = await apiLogin(stack.baseUrl, shop!.email, PASSWORD);
    const before = machine();

    const burst = startBurst({
      baseUrl: stack.baseUrl,
      token,
      products,
      clients: CLIENTS,
      timeoutMs: 20_000,
      maxAttempts: 200_000,
    });
    await sleep(BEFORE_S * 1000);
    const ackedBeforeKill = burst.acked.size;
    stack.killApp();
    const tKill = Date.now();
    // The counter keeps trying for a moment, then (like the offline POS) queues its sales.
    await sleep(1000);
    burst.pause();
    await sleep(500);
    await burst.stop();
    const unacked = new Map<string, Attempt>();
    for (const a of burst.attempts) if (!burst.acked.has(a.clientId)) unacked.set(a.clientId, a);
    const inFlightAtKill = burst.attempts.filter((a) => a.start < tKill && a.end >= tKill).length;
    console.log(
      `killed with ${ackedBeforeKill} acknowledged, ${inFlightAtKill} in flight, ${unacked.size} unacknowledged`,
    );

    const tRestart = Date.now();
    await stack.startApp();
    const restartMs = Date.now() - tRestart;

    // Retry each unacknowledged sale with the same clientId (and the same body) until answered.
    let replayed200 = 0;
    let created201 = 0;
    let gaveUp = 0;
    const retryStatuses: Record<string, number> = {};
    const queue = [...unacked.values()];
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let a = queue.shift(); a; a = queue.shift()) {
          let done = false;
          for (let i = 0; i < RETRIES && !done; i++) {
            const r = await postSale(stack.baseUrl, token, a.body as { clientId: string }, 20_000);
            retryStatuses[r.status] = (retryStatuses[r.status] ?? 0) + 1;
            if (r.saleId) {
              burst.acked.set(r.clientId, r.saleId);
              if (r.status === 200) replayed200++;
              else created201++;
              done = true;
            } else await sleep(500 * (i + 1));
          }
          if (!done) gaveUp++;
        }
      }),
    );

    const audit = await auditSales(stack.pool, shop!.merchantId, burst.acked, burst.attempted, OPENING);
    // Every clientId sent is now acknowledged, and the ledger holds exactly those sales.
    const everyOneOnce = audit.salesInDb === burst.attempted.size && burst.acked.size === burst.attempted.size;
    const pass = auditClean(audit) && everyOneOnce && gaveUp === 0 && unacked.size > 0;
    const row = {
      attempted: burst.attempted.size,
      ackedBeforeKill,
      inFlightAtKill,
      unacknowledged: unacked.size,
      restartMs,
      retriedReplayed200: replayed200,
      retriedCreated201: created201,
      gaveUp,
      retryStatuses: JSON.stringify(retryStatuses),
      salesInDb: audit.salesInDb,
    };
    printTable(`app killed (-9) mid-burst: ${CLIENTS} clients`, [row]);
    printTable("ledger audit", [audit]);
    if (!unacked.size)
      console.log("no sale was in flight or unanswered at the kill: the drill proved nothing (raise BENCH_CLIENTS)");
    console.log(
      `\n${verdict(pass)}  attempted ${row.attempted}, acknowledged before kill ${ackedBeforeKill}, unacknowledged ${unacked.size} (replayed ${replayed200}, created on retry ${created201}, gave up ${gaveUp}), in database ${audit.salesInDb}, duplicates ${audit.duplicateClientIds}, acknowledged lost ${audit.ackedMissing}, half-written ${audit.halfWritten}`,
    );
    writeResult("drill-app-killed", {
      options: { clients: CLIENTS, beforeS: BEFORE_S, retries: RETRIES },
      loadBefore: before,
      result: row,
      audit,
      verdict: verdict(pass),
    });
    return pass;
  });
}

if (isMain(import.meta.url)) {
  appKilled().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
