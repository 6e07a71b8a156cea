// Offline POS sync: time from "network back" to "queue synced" for N sales rung up offline.
// Chromium with the service worker: the counter is opened online (worker in control, data
// snapshot saved in IndexedDB), the context goes offline, N sales are rung up through the
// screen (keyboard + taps: cash/UPI/card/pay later, some with a product by SKU), then the
// network returns and a watch inside the page times the outbox until it is empty. The server's
// ledger must then hold exactly those N client ids, once each, with the right totals.
//   BENCH_SALES=100 BENCH_REPEAT=3 npx tsx bench/offline-sync.ts
import type { Browser, Page, Request } from "playwright-core";
import { launch, signedIn } from "./lib/browser";
import { createProducts, createShops, PASSWORD, type Shop } from "./lib/fixtures";
import {
  allowTsxFunctions,
  openPosOnline,
  readOutbox,
  ringUp,
  waitOfflineShown,
  watchOutbox,
  type Method,
  type PlannedSale,
} from "./lib/pos-offline";
import { isMain, machine, opt, printTable, verdict, writeResult } from "./lib/report";
import { withStack, type Stack } from "./lib/stack";
import { median, r1, summarize } from "./lib/stats";

const SALES = opt("sales", 100);
const REPEAT = opt("repeat", 3);
const PRODUCTS = opt("products", 200);
const SYNC_TIMEOUT_S = opt("sync-timeout-s", 120);
/** 1: reopen (reload) the counter while offline before the network returns, as e2e/offline-pos.spec.ts does. */
const RELOAD_OFFLINE = opt("reload-offline", 0) === 1;
const RESULT = RELOAD_OFFLINE ? "offline-sync-reload" : "offline-sync";
/** Sync counts as started "on the online event" when the first sale is sent within this. */
const PROMPT_MS = 1000;

const METHODS: Method[] = ["CASH", "UPI", "CARD", "CREDIT"];
const CUSTOMERS = ["Asha Devi", "Ravi Kumar", "Meena Bai"];
export const ENQUEUE_PATH =
  "real POS UI: payment method and pay-later customer tapped, amount typed on the keyboard (usePosKeyboard), every 5th sale adds a product by SKU in the search box, Enter = Charge, Enter = confirm; submitSale queues it in IndexedDB because navigator.onLine is false";

/** Sale i of a run: methods in turn, pay later to one of 3 customers, every 5th with a product; amounts under ₹1,000. */
function plan(i: number): PlannedSale {
  const method = METHODS[i % METHODS.length]!;
  const rupees = 10 + ((i * 37) % 980);
  const amount = i % 3 === 0 ? String(rupees) : `${rupees}.${String((i * 13) % 100).padStart(2, "0")}`;
  return {
    amount,
    method,
    ...(method === "CREDIT" ? { customer: CUSTOMERS[(i >> 2) % CUSTOMERS.length] } : {}),
    ...(i % 5 === 2 ? { sku: `SKU-${(i * 7) % PRODUCTS}` } : {}),
  };
}

async function createCustomers(stack: Stack, merchantId: string) {
  await stack.pool.query(
    `INSERT INTO "Customer" ("id", "merchantId", "name", "phone", "updatedAt")
     SELECT $1 || '-c' || k, $1, ($2::text[])[k + 1], '98' || lpad(k::text, 8, '0'), now() FROM generate_series(0, cardinality($2::text[]) - 1) k`,
    [merchantId, CUSTOMERS],
  );
  await stack.pool.query(
    `UPDATE "Merchant" SET "upiId" = 'benchshop@upi', "upiPayeeName" = 'Bench Shop' WHERE "id" = $1`,
    [merchantId],
  );
}

/** at: Date.now() when sent; ttfbMs / endMs: from the request's start (Playwright timing), when known. */
type ActionCall = { at: number; failure?: string; status?: number; bytes?: number; ttfbMs?: number; endMs?: number };

/** Every server-action POST of the page (the outbox sends each sale through recordSaleAction). */
function recordActions(page: Page): ActionCall[] {
  const calls: ActionCall[] = [];
  const byRequest = new Map<Request, ActionCall>();
  page.on("request", (r) => {
    if (r.method() !== "POST" || !r.headers()["next-action"]) return;
    const call: ActionCall = { at: Date.now() };
    calls.push(call);
    byRequest.set(r, call);
  });
  const timing = (r: Request, call: ActionCall) => {
    const t = r.timing();
    if (t.responseStart >= 0) call.ttfbMs = t.responseStart;
    if (t.responseEnd >= 0) call.endMs = t.responseEnd;
  };
  page.on("requestfailed", (r) => {
    const call = byRequest.get(r);
    if (!call) return;
    call.failure = r.failure()?.errorText ?? "failed";
    timing(r, call);
  });
  page.on("requestfinished", (r) => {
    const call = byRequest.get(r);
    if (!call) return;
    timing(r, call);
    void r
      .response()
      .then((res) => (call.status = res?.status()))
      .catch(() => {});
    void r
      .sizes()
      .then((s) => (call.bytes = s.responseBodySize))
      .catch(() => {});
  });
  return calls;
}

async function serverCheck(stack: Stack, merchantId: string, ids: string[], expectedPaise: number) {
  const { rows } = await stack.pool.query(
    `SELECT count(*)::int AS n, count(DISTINCT "clientId")::int AS ids, coalesce(sum("amountPaise"), 0)::bigint AS paise,
            count(*) FILTER (WHERE "stockException" OR "overLimit")::int AS flagged,
            (extract(epoch FROM min("createdAt")) * 1000)::float8 AS first_at, (extract(epoch FROM max("createdAt")) * 1000)::float8 AS last_at
     FROM "Transaction" WHERE "merchantId" = $1 AND "clientId" = ANY($2)`,
    [merchantId, ids],
  );
  const { rows: methods } = await stack.pool.query(
    `SELECT "method", count(*)::int AS n FROM "Transaction" WHERE "merchantId" = $1 AND "clientId" = ANY($2) GROUP BY 1 ORDER BY 1`,
    [merchantId, ids],
  );
  const r = rows[0];
  return {
    rows: r.n as number,
    distinctIds: r.ids as number,
    paise: Number(r.paise),
    paiseMatch: Number(r.paise) === expectedPaise,
    flagged: r.flagged as number,
    firstAt: r.first_at as number | null,
    lastAt: r.last_at as number | null,
    methods: Object.fromEntries(methods.map((m) => [m.method, m.n])),
  };
}

const ledgerCount = async (stack: Stack, merchantId: string) =>
  (await stack.pool.query(`SELECT count(*)::int AS n FROM "Transaction" WHERE "merchantId" = $1`, [merchantId])).rows[0]
    .n as number;

async function oneRun(browser: Browser, stack: Stack, shop: Shop, run: number, prices: Map<string, number>) {
  const { context } = await signedIn(browser, stack.baseUrl, shop.email, PASSWORD);
  try {
    await allowTsxFunctions(context);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    const open = await openPosOnline(page, stack.baseUrl, shop.merchantId);
    const actions = recordActions(page);
    const ledgerBefore = await ledgerCount(stack, shop.merchantId);

    await context.setOffline(true);
    await waitOfflineShown(page);
    const enqueueMs: number[] = [];
    const t1 = Date.now();
    for (let i = 0; i < SALES; i++) enqueueMs.push(await ringUp(page, plan(i)));
    const enqueueS = (Date.now() - t1) / 1000;
    if (RELOAD_OFFLINE) {
      await page.reload({ timeout: 60_000 });
      await page.locator('[data-testid="pos-screen"][data-ready="true"]').waitFor({ timeout: 60_000 });
    }
    const onLineBeforeReconnect = await page.evaluate(() => navigator.onLine);
    const want = `${SALES} ${SALES === 1 ? "sale" : "sales"} waiting to sync`;
    await page.getByTestId("sync-pending").filter({ hasText: want }).waitFor({ timeout: 15_000 });
    const banner = (await page.getByTestId("sync-pending").textContent())?.trim() ?? "";
    const queued = await readOutbox(page);
    const ids = queued.map((q) => q.clientId);
    const expectedPaise = queued.reduce(
      (s, q) =>
        s +
        (q.payload.amountPaise ?? 0) +
        (q.payload.items ?? []).reduce((t, l) => t + l.quantity * (prices.get(l.productId) ?? NaN), 0),
      0,
    );
    const queueOk =
      queued.length === SALES &&
      queued.every((q) => q.status === "pending" && q.payload.offline === true && !!q.payload.occurredAt);
    const onServerWhileOffline = (await serverCheck(stack, shop.merchantId, ids, expectedPaise)).rows;

    // Back online: the clock starts just before the network returns.
    const watch = await watchOutbox(page, SALES, SYNC_TIMEOUT_S * 1000);
    const before = actions.length;
    const t0 = Date.now();
    await context.setOffline(false);
    const w = await watch();
    const bannerGone = await page
      .getByTestId("sync-status")
      .waitFor({ state: "detached", timeout: 15_000 })
      .then(
        () => Date.now() - t0,
        () => null,
      );
    const sent = actions.slice(before);
    const server = await serverCheck(stack, shop.merchantId, ids, expectedPaise);
    const ledgerAdded = (await ledgerCount(stack, shop.merchantId)) - ledgerBefore;
    const msToSynced = w.doneAt !== null ? w.doneAt - t0 : null;
    const cycles = sent.slice(1).map((a, k) => a.at - sent[k]!.at);
    const ttfbs = sent.flatMap((a) => (a.ttfbMs !== undefined ? [a.ttfbMs] : []));
    const gaps = w.timeline.slice(1).map(([t], k) => t - w.timeline[k]![0]);
    const e = summarize(enqueueMs);
    return {
      run,
      sales: SALES,
      posReadyMs: open.msToReady,
      enqueueP50Ms: r1(e.p50),
      enqueueP95Ms: r1(e.p95),
      enqueueTotalS: r1(enqueueS),
      banner,
      queueOk,
      onServerWhileOffline,
      onlineEventMs: w.onlineAt !== null ? w.onlineAt - t0 : null,
      syncStartMs: sent[0] ? sent[0].at - t0 : null,
      firstSaleMs: w.firstSyncedAt !== null ? w.firstSyncedAt - t0 : null,
      onLineBeforeReconnect,
      msToSynced,
      salesPerSec: msToSynced ? r1((SALES * 1000) / msToSynced) : null,
      bannerGoneMs: bannerGone,
      serverSpanMs: server.firstAt !== null && server.lastAt !== null ? r1(server.lastAt - server.firstAt) : null,
      serverRows: server.rows,
      distinctIds: server.distinctIds,
      ledgerAdded,
      totalPaiseMatch: server.paiseMatch,
      flagged: server.flagged,
      methods: server.methods,
      actionCalls: sent.length,
      actionFailures: sent.filter((a) => a.failure).map((a) => a.failure),
      // Per synced sale: time between two sends, and the server's time to first byte of the answer.
      sendCycleP50Ms: r1(median(cycles)),
      actionTtfbP50Ms: r1(median(ttfbs)),
      actionBytesP50: r1(median(sent.flatMap((a) => (a.bytes !== undefined ? [a.bytes] : [])))),
      abortedAfterAnswer: sent.filter((a) => a.failure === "net::ERR_ABORTED" && a.ttfbMs !== undefined).length,
      longestPauseMs: gaps.length ? Math.max(...gaps) : 0,
      timedOut: w.timedOut,
      failedAtEnd: w.failedAtEnd,
      pageErrors,
      timeline: w.timeline,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

type Run = Awaited<ReturnType<typeof oneRun>>;
const pick = <K extends keyof Run>(runs: Run[], keys: K[]) =>
  runs.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));

function printTables(runs: Run[], summary: Record<string, unknown>, load: number[]) {
  printTable(
    `offline: ${SALES} sales rung up with no network (load at start ${load.join(", ")})`,
    pick(runs, [
      "run",
      "posReadyMs",
      "enqueueP50Ms",
      "enqueueP95Ms",
      "enqueueTotalS",
      "banner",
      "queueOk",
      "onServerWhileOffline",
      "onLineBeforeReconnect",
    ]),
  );
  printTable(
    "network back: ms from setOffline(false)",
    pick(runs, [
      "run",
      "onlineEventMs",
      "syncStartMs",
      "firstSaleMs",
      "msToSynced",
      "salesPerSec",
      "bannerGoneMs",
      "serverSpanMs",
      "sendCycleP50Ms",
      "actionTtfbP50Ms",
      "actionBytesP50",
      "longestPauseMs",
    ]),
  );
  printTable(
    "in the shop's ledger",
    pick(runs, [
      "run",
      "serverRows",
      "distinctIds",
      "ledgerAdded",
      "totalPaiseMatch",
      "flagged",
      "methods",
      "failedAtEnd",
      "timedOut",
    ]),
  );
  printTable("summary", [{ ...summary, verdict: verdict(summary.exactlyOnce === true) }]);
}

export async function offlineSync() {
  return withStack({}, async (stack) => {
    const [shop] = await createShops(stack.pool, "off", 1);
    const productIds = await createProducts(stack.pool, shop!.merchantId, PRODUCTS, 10_000);
    await createCustomers(stack, shop!.merchantId);
    const { rows } = await stack.pool.query(`SELECT "id", "pricePaise" FROM "Product" WHERE "id" = ANY($1)`, [
      productIds,
    ]);
    const prices = new Map<string, number>(rows.map((r) => [r.id as string, r.pricePaise as number]));
    const before = machine();
    const browser = await launch();
    const runs: Run[] = [];
    try {
      for (let run = 1; run <= REPEAT; run++) {
        const r = await oneRun(browser, stack, shop!, run, prices);
        console.log(
          `run ${run}: ${r.sales} queued (${r.banner}), synced in ${r.msToSynced} ms, first sale ${r.firstSaleMs} ms, sync start ${r.syncStartMs} ms; server rows ${r.serverRows}`,
        );
        runs.push(r);
      }
    } finally {
      await browser.close();
    }
    const ok = (r: Run) =>
      r.queueOk &&
      r.onServerWhileOffline === 0 &&
      !r.timedOut &&
      r.serverRows === SALES &&
      r.distinctIds === SALES &&
      r.ledgerAdded === SALES &&
      r.totalPaiseMatch &&
      r.failedAtEnd === 0;
    const synced = runs.flatMap((r) => (r.msToSynced !== null ? [r.msToSynced] : []));
    const summary = {
      sales: SALES,
      runs: runs.length,
      msToSyncedMedian: synced.length ? median(synced) : null,
      salesPerSecMedian: synced.length ? r1((SALES * 1000) / median(synced)) : null,
      firstSaleMsMedian: median(runs.flatMap((r) => (r.firstSaleMs !== null ? [r.firstSaleMs] : []))),
      syncStartMsMedian: median(runs.flatMap((r) => (r.syncStartMs !== null ? [r.syncStartMs] : []))),
      enqueueP50MsMedian: median(runs.map((r) => r.enqueueP50Ms)),
      syncStartsOnOnline: runs.every((r) => r.syncStartMs !== null && r.syncStartMs <= PROMPT_MS),
      exactlyOnce: runs.every(ok),
    };
    printTables(runs, summary, before.loadavg);
    for (const r of runs) {
      const tally: Record<string, number> = {};
      for (const f of r.actionFailures) tally[f!] = (tally[f!] ?? 0) + 1;
      if (r.actionFailures.length || r.pageErrors.length)
        console.log(
          `run ${r.run}: sends ending in an error ${JSON.stringify(tally)} (${r.abortedAfterAnswer} aborted after the answer began); page errors ${JSON.stringify(r.pageErrors.slice(0, 5))}`,
        );
    }
    writeResult(RESULT, {
      options: {
        sales: SALES,
        repeat: REPEAT,
        products: PRODUCTS,
        syncTimeoutS: SYNC_TIMEOUT_S,
        reloadOffline: RELOAD_OFFLINE,
      },
      enqueuePath: ENQUEUE_PATH,
      loadBefore: before,
      verdict: verdict(summary.exactlyOnce),
      summary,
      runs,
    });
    return summary;
  });
}

if (isMain(import.meta.url)) {
  offlineSync().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
