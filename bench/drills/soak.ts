// Drill: mixed realistic traffic for BENCH_MINUTES (default 20): counter sales, page views,
// live streams opening and closing, customer orders (accepted and completed by the shop).
// The app's RSS (its whole process group) is sampled every minute; pass = RSS after the last
// minute within 25 % of minute 5 (or of the middle minute on a shorter run).
//   BENCH_MINUTES=20 npx tsx bench/drills/soak.ts
import crypto from "node:crypto";
import fs from "node:fs";
import { createCustomerUsers, createProducts, createShops, PASSWORD } from "../lib/fixtures";
import { apiLogin, json, request, webLogin } from "../lib/http";
import { diagMemory } from "../lib/diag";
import { heapDiff } from "../lib/heap-diff";
import { isMain, opt, optStr, printTable, verdict, writeResult } from "../lib/report";
import { postSale, saleBody } from "../lib/sale-burst";
import { withStack } from "../lib/stack";

const MINUTES = opt("minutes", 20);
// BENCH_ATTACKS=1 adds, every 10 s, what grew the old server to 4.9 GB: a 50 MB chunked body
// to the CSV import, 1 MB JSON bodies, and 50 anonymous sign-ins at once.
const ATTACKS = opt("attacks", 0) > 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Diagnosis (not for the verdict run: writing a snapshot raises the server's RSS by itself):
// BENCH_HEAP_DIR=<dir> BENCH_HEAP_AT=2,9 writes heap snapshots at those minutes and compares them.
const HEAP_DIR = process.env.BENCH_HEAP_DIR;
const HEAP_AT = optStr("heap-at", "2,9").split(",").map(Number).filter(Boolean);

/** SIGUSR2 to the server (node --heapsnapshot-signal) and wait until the new file is whole. */
async function heapSnapshot(pgid: number): Promise<string | null> {
  if (!HEAP_DIR) return null;
  fs.mkdirSync(HEAP_DIR, { recursive: true });
  const before = new Set(fs.readdirSync(HEAP_DIR));
  process.kill(-pgid, "SIGUSR2");
  for (let i = 0, size = -1; i < 240; i++) {
    await sleep(1000);
    const file = fs.readdirSync(HEAP_DIR).find((f) => f.endsWith(".heapsnapshot") && !before.has(f));
    if (!file) continue;
    const now = fs.statSync(`${HEAP_DIR}/${file}`).size;
    if (now > 0 && now === size) return `${HEAP_DIR}/${file}`;
    size = now;
  }
  return null;
}

/** Resident memory (MB) of every process in a process group. */
function groupRssMb(pgid: number): number {
  let kb = 0;
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== pgid) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${name}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return Math.round(kb / 1024);
}

export async function soak() {
  return withStack({}, async (stack) => {
    const shops = await createShops(stack.pool, "sk", 3);
    const products = await Promise.all(shops.map((s) => createProducts(stack.pool, s.merchantId, 30, 1_000_000)));
    const buyers = await createCustomerUsers(stack.pool, "skc", 6);
    const shopTokens = await Promise.all(shops.map((s) => apiLogin(stack.baseUrl, s.email, PASSWORD)));
    const buyerTokens = await Promise.all(buyers.map((b) => apiLogin(stack.baseUrl, b.email, PASSWORD)));
    const cookie = await webLogin(stack.baseUrl, shops[0]!.email, PASSWORD);
    const until = Date.now() + MINUTES * 60_000;
    const counts = { sales: 0, pages: 0, streams: 0, orders: 0, completed: 0, attacks: 0, errors: 0 };
    const rss: number[] = [groupRssMb(stack.appPgid())];
    const count = (ok: boolean, key: keyof typeof counts) => (ok ? counts[key]++ : counts.errors++);

    const loops = [
      // Counter sales at each shop.
      ...shops.map((_, i) => async () => {
        while (Date.now() < until) {
          count(!!(await postSale(stack.baseUrl, shopTokens[i]!, saleBody(products[i]!), 20_000)).saleId, "sales");
          await sleep(150);
        }
      }),
      // Page views of a signed-in shopkeeper.
      async () => {
        const pages = [
          "/merchant",
          "/merchant/pos",
          "/merchant/sales",
          "/merchant/orders",
          "/merchant/inventory",
          "/merchant/analytics",
          "/merchant/customers",
        ];
        for (let i = 0; Date.now() < until; i++) {
          count(
            (await request(stack.baseUrl, pages[i % pages.length]!, { cookie, timeoutMs: 30_000 })).status === 200,
            "pages",
          );
          await sleep(300);
        }
      },
      // Live streams opening and closing.
      async () => {
        for (let i = 0; Date.now() < until; i++) {
          const r = await request(stack.baseUrl, "/api/v1/events", {
            token: shopTokens[i % shops.length],
            streamMs: 2_000,
            timeoutMs: 10_000,
          });
          count(r.status === 200, "streams");
        }
      },
      // Customer orders, accepted, readied and completed by the shop.
      async () => {
        for (let i = 0; Date.now() < until; i++) {
          const s = i % shops.length;
          const r = await request(stack.baseUrl, "/api/v1/orders", {
            token: buyerTokens[i % buyers.length],
            body: {
              shopId: shops[s]!.merchantId,
              items: [{ productId: products[s]![i % 30], quantity: 1 }],
              paymentMethod: "upi",
              clientId: crypto.randomUUID(),
            },
          });
          const id = json<{ id?: string }>(r)?.id;
          count(!!id, "orders");
          if (id) {
            let ok = true;
            for (const status of ["accepted", "ready", "completed"])
              ok &&=
                (
                  await request(stack.baseUrl, `/api/v1/orders/${id}`, {
                    token: shopTokens[s],
                    method: "PATCH",
                    body: { status },
                  })
                ).status === 200;
            count(ok, "completed");
          }
          await sleep(500);
        }
      },
    ];
    if (ATTACKS)
      loops.push(async () => {
        const big = Buffer.alloc(50 * 1024 * 1024, 97);
        const oneMb = JSON.stringify({ note: "x".repeat(1024 * 1024 - 20) });
        while (Date.now() < until) {
          const rs = await Promise.all([
            request(stack.baseUrl, "/merchant/inventory/import/run", {
              cookie,
              body: big,
              contentType: "application/json",
              chunked: true,
              headers: { Origin: stack.baseUrl },
              timeoutMs: 30_000,
            }),
            ...Array.from({ length: 10 }, () =>
              request(stack.baseUrl, "/api/v1/products", { token: shopTokens[0], body: oneMb, timeoutMs: 30_000 }),
            ),
            ...Array.from({ length: 50 }, (_, k) =>
              request(stack.baseUrl, "/api/v1/auth/login", {
                body: { login: `x${k}-${Date.now()}@nowhere.in`, password: "Guess@1234" },
                timeoutMs: 30_000,
              }),
            ),
          ]);
          count(
            rs.every((r) => (r.status > 0 && r.status < 500) || r.status === 503),
            "attacks",
          );
          await sleep(10_000);
        }
      });
    const heapMb: Array<number | null> = [diagMemory()?.heapMb ?? null];
    const snapshots: string[] = [];
    const sampler = (async () => {
      while (Date.now() < until) {
        await sleep(Math.min(60_000, Math.max(0, until - Date.now())));
        rss.push(groupRssMb(stack.appPgid()));
        heapMb.push(diagMemory()?.heapMb ?? null);
        const heap = heapMb.at(-1) === null ? "" : `, JS heap ${heapMb.at(-1)} MB`;
        console.log(`minute ${rss.length - 1}: RSS ${rss.at(-1)} MB${heap}, ${JSON.stringify(counts)}`);
        if (HEAP_DIR && HEAP_AT.includes(rss.length - 1)) {
          const file = await heapSnapshot(stack.appPgid());
          if (file) snapshots.push(file);
          console.log(`  heap snapshot: ${file ?? "none written"}`);
        }
      }
    })();
    await Promise.all([...loops.map((l) => l()), sampler]);
    const ref = rss[Math.min(5, Math.max(1, Math.floor(MINUTES / 2)))] ?? rss[1]!;
    const last = rss.at(-1)!;
    const growth = (last - ref) / ref;
    const pass = growth <= 0.25 && counts.errors < (counts.sales + counts.pages) * 0.01;
    const heap = snapshots.length >= 2 ? heapDiff(snapshots[0]!, snapshots.at(-1)!, 25) : null;
    if (heap) {
      console.log(`\nheap snapshots ${HEAP_AT.join(" and ")} min: ${heap.totalMbBefore} -> ${heap.totalMbAfter} MB`);
      console.table(heap.rows);
    }
    const row = {
      minutes: MINUTES,
      rssStartMb: rss[0],
      rssRefMb: ref,
      rssLastMb: last,
      growthPct: Math.round(growth * 1000) / 10,
      ...counts,
    };
    printTable(`soak: ${MINUTES} min of mixed traffic`, [row]);
    console.log(
      `\n${verdict(pass)}  RSS ${ref} -> ${last} MB (${row.growthPct} %, limit 25 %), errors ${counts.errors}`,
    );
    writeResult(ATTACKS ? "drill-soak-attacks" : "drill-soak", {
      options: { minutes: MINUTES, attacks: ATTACKS, heapSnapshotsAt: HEAP_DIR ? HEAP_AT : null },
      rssByMinute: rss,
      heapMbByMinute: heapMb.some((h) => h !== null) ? heapMb : undefined,
      heapDiff: heap ?? undefined,
      result: row,
      verdict: verdict(pass),
    });
    return pass;
  });
}

if (isMain(import.meta.url)) {
  soak().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
