// One entry point for the two commands a newcomer runs, and for the test servers:
//   dev | start   : database (embedded unless DATABASE_URL) -> migrate -> seed if empty -> next
//   migrate | seed: just that step
//   e2e           : a throwaway embedded database, seeded, under `next start` (Playwright)
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { scheduleDailyBackups } from "./lib/backup";
import { DATA_DIR, EMBEDDED_DATA_DIR, openDatabase } from "./lib/database-url";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";

// Next.js telemetry stays off in everything this script starts (builds, dev, start, e2e).
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const mode = process.argv[2];
const ROOT = path.resolve(import.meta.dirname, "..");

async function migrate(url: string) {
  const t = Date.now();
  const applied = await applyMigrations(url);
  console.log(
    applied.length ? `migrated: ${applied.join(", ")} (${Date.now() - t} ms)` : "database schema is up to date",
  );
}

async function seedIfEmpty(url: string, force = false) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('select count(*)::int as n from "User"');
  await client.end();
  if (rows[0].n > 0 && !force) return;
  if (rows[0].n > 0) {
    console.log("the database already has data; `npm run db:seed` only fills an empty database");
    return;
  }
  process.env.DATABASE_URL = url;
  const t = Date.now();
  const { seed } = await import("../prisma/seed");
  const { getDb } = await import("../lib/db");
  const totals = await seed(getDb(), { log: (m) => console.log(m) });
  await getDb().$disconnect();
  console.log(
    `demo data ready: ${totals.tx} ledger entries, ${totals.orders} orders (${((Date.now() - t) / 1000).toFixed(1)} s)`,
  );
}

/** AUTH_SECRET from the environment, else one generated once into .data/ (never in code). */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(DATA_DIR, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * VAPID keys for Web Push (reminders, order status) from the environment, else a pair
 * generated once into .data/ like AUTH_SECRET: subscriptions are bound to the public key,
 * so it must not change between restarts.
 */
async function vapidKeys(): Promise<{ VAPID_PUBLIC_KEY: string; VAPID_PRIVATE_KEY: string }> {
  if (process.env.VAPID_PUBLIC_KEY && process.env.VAPID_PRIVATE_KEY)
    return { VAPID_PUBLIC_KEY: process.env.VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: process.env.VAPID_PRIVATE_KEY };
  const file = path.join(DATA_DIR, "vapid-keys.json");
  if (!fs.existsSync(file)) {
    const { default: webpush } = await import("web-push");
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(webpush.generateVAPIDKeys()), { mode: 0o600 });
  }
  const k = JSON.parse(fs.readFileSync(file, "utf8")) as { publicKey: string; privateKey: string };
  return { VAPID_PUBLIC_KEY: k.publicKey, VAPID_PRIVATE_KEY: k.privateKey };
}

function runNext(args: string[], env: NodeJS.ProcessEnv, db: EmbeddedDb) {
  // NODE_OPTIONS (not an argument) so the server process `next dev` forks gets it too.
  const preload = `--require ${JSON.stringify(path.join(ROOT, "scripts/peer-address.cjs"))}`;
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), ...args], {
    stdio: "inherit",
    env: { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, preload].filter(Boolean).join(" ") },
    cwd: ROOT,
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    child.kill("SIGTERM");
    await db.stop().catch(() => {});
    process.exit(code);
  };
  child.on("exit", (code) => void stop(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void stop(0));
}

async function main() {
  if (mode === "migrate" || mode === "seed") {
    const db = await openDatabase();
    try {
      await migrate(db.url);
      await seedIfEmpty(db.url, mode === "seed");
    } finally {
      await db.stop();
    }
    return;
  }
  if (mode === "dev" || mode === "start") {
    const db = await openDatabase();
    await migrate(db.url);
    await seedIfEmpty(db.url);
    if (mode === "start" && !fs.existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
      console.log("no production build yet: running `next build` first");
      const { execFileSync } = await import("node:child_process");
      execFileSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
        stdio: "inherit",
        cwd: ROOT,
      });
      execFileSync(process.execPath, [path.join(ROOT, "scripts/build-sw.mjs")], { stdio: "inherit", cwd: ROOT });
    }
    const port = process.env.PORT ?? "3000";
    const env = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: db.url,
      AUTH_SECRET: authSecret(),
      ...(await vapidKeys()),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    };
    console.log(
      `GraminStore on http://localhost:${port} (database: ${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded, .data/pg"})`,
    );
    if (!process.env.DATABASE_URL) scheduleDailyBackups(db.url, EMBEDDED_DATA_DIR);
    runNext([mode, "-p", port], env, db);
    return;
  }
  if (mode === "e2e") {
    // A throwaway cluster: never the developer's data, never a remote database.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gramin-e2e-"));
    const db = await startEmbeddedDb({
      dir: path.join(dir, "pg"),
      port: await freePort(),
      database: "graminstore_e2e",
      persistent: false,
      quiet: true,
    });
    await migrate(db.url);
    await seedIfEmpty(db.url);
    const port = process.env.PORT ?? "3100";
    const env = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: db.url,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      ...(await import("web-push").then(({ default: w }) => {
        const k = w.generateVAPIDKeys();
        return { VAPID_PUBLIC_KEY: k.publicKey, VAPID_PRIVATE_KEY: k.privateKey };
      })),
      NEXTAUTH_URL: `http://localhost:${port}`,
      GRAMIN_E2E: "1",
      // Every spec signs up from 127.0.0.1: the per-address sign-up limit would stop the suite.
      REGISTRATIONS_PER_IP_PER_HOUR: "10000",
    };
    runNext(["start", "-p", port], env, {
      url: db.url,
      stop: async () => {
        await db.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    });
    return;
  }
  console.error("usage: tsx scripts/run.ts dev|start|migrate|seed|e2e");
  process.exit(1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
