// The cluster drill's checks that are not the sales burst itself: live events heard by a
// browser on another instance, the sign-in limit and idempotency across instances, the
// replica's lag, and the CPU a sale costs over every process of the cluster.
import crypto from "node:crypto";
import type { Browser, Page } from "playwright-core";
import pg from "pg";
import type { Cluster } from "../../scripts/lib/cluster";
import { launch } from "./browser";
import { postgresCpuMs, groupCpuMs } from "./cpu";
import { json, request } from "./http";
import { saleBody } from "./sale-burst";
import { percentile } from "./stats";

/** A real Chromium page on one instance (not through nginx) listening to /api/v1/events. */
export async function browserListener(instanceUrl: string, cookie: string) {
  const browser: Browser = await launch();
  const context = await browser.newContext();
  const [name, ...rest] = cookie.split("=");
  await context.addCookies([{ name: name!, value: rest.join("="), url: instanceUrl }]);
  const page: Page = await context.newPage();
  await page.goto(`${instanceUrl}/api/health`);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const w = window as unknown as { saleIds: string[]; resyncs: number };
        w.saleIds = [];
        w.resyncs = 0;
        const es = new EventSource("/api/v1/events");
        es.addEventListener("sale.created", (e) => w.saleIds.push(JSON.parse((e as MessageEvent).data).id));
        es.addEventListener("resync", () => w.resyncs++);
        es.onopen = () => resolve();
        setTimeout(() => reject(new Error("the event stream did not open")), 15_000);
      }),
  );
  return {
    heard: () => page.evaluate(() => (window as unknown as { saleIds: string[] }).saleIds.slice()),
    resyncs: () => page.evaluate(() => (window as unknown as { resyncs: number }).resyncs),
    close: () => browser.close(),
  };
}

/**
 * 5 wrong passwords for one account, alternating between two instances, then the right
 * password on a third request: the limit is in PostgreSQL, so it must refuse (429).
 */
export async function signInLimitAcross(urls: string[], login: string, password: string) {
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r = await request(urls[i % urls.length]!, "/api/v1/auth/login", {
      body: { login, password: `wrong-${i}` },
    });
    statuses.push(r.status);
  }
  const last = await request(urls[1 % urls.length]!, "/api/v1/auth/login", { body: { login, password } });
  return { wrongStatuses: statuses, rightPasswordAfter: last.status, held: last.status === 429 };
}

/** One sale sent to two instances at once with the same clientId: one sale, both told its id. */
export async function idempotencyAcross(urls: string[], token: string, products: string[], pool: pg.Pool) {
  const body = saleBody(products);
  const replies = await Promise.all(urls.map((u) => request(u, "/api/v1/sales", { token, body, timeoutMs: 20_000 })));
  const ids = replies.map((r) => json<{ id?: string }>(r)?.id);
  const { rows } = await pool.query('SELECT "id" FROM "Transaction" WHERE "clientId" = $1', [body.clientId]);
  return {
    statuses: replies.map((r) => r.status),
    inDb: rows.length,
    held: rows.length === 1 && ids.every((id) => id === rows[0]?.id),
  };
}

/** Samples pg_stat_replication (PostgreSQL's own lag figures) until stopped. */
export function lagSampler(primaryUrl: string, everyMs = 250) {
  const client = new pg.Client({ connectionString: primaryUrl });
  const bytes: number[] = [];
  const replayMs: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  const ready = client.connect().then(() => {
    timer = setInterval(() => {
      client
        .query<{ b: string | null; ms: number | null }>(
          `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::text AS b,
                  (extract(epoch FROM replay_lag) * 1000)::float8 AS ms
           FROM pg_stat_replication`,
        )
        .then(({ rows }) => {
          if (!rows[0]) return;
          bytes.push(Number(rows[0].b ?? 0));
          if (rows[0].ms !== null) replayMs.push(rows[0].ms);
        })
        .catch(() => {});
    }, everyMs);
  });
  return {
    stop: async () => {
      await ready;
      clearInterval(timer);
      await client.end();
      const s = (v: number[]) => [...v].sort((a, b) => a - b);
      return {
        samples: bytes.length,
        bytesP50: percentile(s(bytes), 50),
        bytesMax: Math.max(0, ...bytes),
        replayLagMsP50: replayMs.length ? Math.round(percentile(s(replayMs), 50) * 10) / 10 : null,
        replayLagMsP95: replayMs.length ? Math.round(percentile(s(replayMs), 95) * 10) / 10 : null,
        replayLagMsMax: replayMs.length ? Math.round(Math.max(...replayMs) * 10) / 10 : null,
      };
    },
  };
}

/** How long until the replica shows a sale just written on the primary (ms). */
export async function visibilityLagMs(cluster: Cluster, merchantId: string): Promise<number> {
  const p = new pg.Client({ connectionString: cluster.primaryUrl });
  const r = new pg.Client({ connectionString: cluster.replicaUrl });
  await Promise.all([p.connect(), r.connect()]);
  try {
    const id = `lag-probe-${crypto.randomUUID()}`;
    await p.query(
      `INSERT INTO "Transaction" ("id", "merchantId", "clientId", "type", "method", "amountPaise")
       VALUES ($1, $2, $3, 'SALE', 'CASH', 1)`,
      [id, merchantId, crypto.randomUUID()],
    );
    const t0 = performance.now();
    for (;;) {
      const { rowCount } = await r.query('SELECT 1 FROM "Transaction" WHERE "id" = $1', [id]);
      if (rowCount) return Math.round((performance.now() - t0) * 10) / 10;
      if (performance.now() - t0 > 30_000) return NaN;
      await new Promise((res) => setTimeout(res, 2));
    }
  } finally {
    await Promise.all([p.end(), r.end()]);
  }
}

/** CPU ms used so far by every process of the cluster: apps, nginx, primary, replica. */
export function clusterCpuMs(cluster: Cluster) {
  const apps = cluster.instances.reduce((s, i) => s + (i.alive() ? groupCpuMs(i.pgid()) : 0), 0);
  return {
    apps,
    nginx: groupCpuMs(cluster.nginxPid()),
    primary: postgresCpuMs(cluster.pgDataDir),
    replica: postgresCpuMs(cluster.replica.dataDir),
  };
}
