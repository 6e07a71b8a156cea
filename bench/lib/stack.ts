// One benchmark's own world: a production build (.next-bench, built once) served by
// `next start` on a free port, over a throwaway embedded PostgreSQL on another free port.
// Everything started here is stopped and removed by stop(), also on Ctrl-C or a time limit.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { applyMigrations } from "../../scripts/lib/migrate";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** BENCH_DIST_DIR lets two benchmarks of different code run side by side (e.g. `.next-bench2`). */
export const DIST_DIR = process.env.BENCH_DIST_DIR || ".next-bench";
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

/** Build once into .next-bench (BENCH_REBUILD=1 forces a fresh build of the current code). */
export function ensureBuild(): void {
  const stamp = path.join(ROOT, DIST_DIR, "BUILD_ID");
  if (fs.existsSync(stamp) && process.env.BENCH_REBUILD !== "1") {
    if (!fs.existsSync(path.join(ROOT, DIST_DIR, "sw.js"))) buildServiceWorker();
    return;
  }
  console.log(`building ${DIST_DIR} (next build)...`);
  const out = execFileSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.writeFileSync(path.join(ROOT, DIST_DIR, "bench-build-output.txt"), out);
  buildServiceWorker();
}

/** The service worker is bundled after `next build` (scripts/build-sw.mjs), as the app's own build does. */
function buildServiceWorker(): void {
  const script = path.join(ROOT, "scripts/build-sw.mjs");
  if (!fs.existsSync(script)) return;
  execFileSync(process.execPath, [script], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR },
    stdio: "inherit",
  });
}

export type StackOptions = {
  /** Pool size of the app (DATABASE_POOL_SIZE); the baseline uses the same. */
  poolSize?: number;
  /** Keep the data directory across a database stop/start (the db-down drill). */
  persistentDb?: boolean;
  /** Fill with the demo seed (prisma/seed.ts) before the app starts. */
  seed?: boolean;
  quiet?: boolean;
  /** Extra PostgreSQL settings (`name=value`), e.g. WAL archiving for the backup drill. */
  dbSettings?: string[];
  /** Runs after migrations, before the app starts; may restart the database (persistentDb). */
  prepareDb?: (url: string, restartDb: () => Promise<void>) => Promise<void>;
};

export type Stack = {
  baseUrl: string;
  dbUrl: string;
  poolSize: number;
  /** A pg pool for fixtures and checks (not the app's). */
  pool: pg.Pool;
  stopDb(): Promise<void>;
  /** extraSettings: on top of the stack's own (a restore's recovery settings). */
  startDb(extraSettings?: string[]): Promise<void>;
  /** kill -9 the server (its whole process group). */
  killApp(): void;
  startApp(): Promise<void>;
  appLog(): string;
  /** Process group of the app server (for CPU accounting). */
  appPgid(): number;
  /** PostgreSQL's data directory. */
  pgDataDir: string;
  stop(): Promise<void>;
};

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(3000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not become healthy within ${timeoutMs} ms`);
}

const live = new Set<Stack>();
/** Clean-ups of stacks still being set up (database started, app not yet). */
const partial = new Set<() => Promise<void>>();
let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  const bail = (code: number) => {
    void Promise.allSettled([...[...live].map((s) => s.stop()), ...[...partial].map((f) => f())]).then(() =>
      process.exit(code),
    );
  };
  process.on("SIGINT", () => bail(130));
  // A stray error (e.g. a pg client whose server was stopped on purpose) must still clean up.
  process.on("uncaughtException", (err) => {
    // BENCH_DEBUG=1: with its stack.
    console.error("uncaught:", err instanceof Error ? (process.env.BENCH_DEBUG ? err.stack : err.message) : err);
    bail(1);
  });
  process.on("unhandledRejection", (err) => {
    console.error("unhandled rejection:", err instanceof Error ? err.message : err);
    bail(1);
  });
  process.on("SIGTERM", () => bail(143));
  // A run never outlives its limit (BENCH_TIME_LIMIT_S, default 30 minutes).
  const limit = Number(process.env.BENCH_TIME_LIMIT_S ?? 1800) * 1000;
  setTimeout(() => {
    console.error(`time limit of ${limit / 1000} s reached: stopping`);
    bail(124);
  }, limit).unref();
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  ensureBuild();
  hookExit();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gramin-bench-"));
  const pgPort = await freePort();
  const dbOpts = {
    dir: path.join(dir, "pg"),
    port: pgPort,
    database: "graminstore_bench",
    persistent: opts.persistentDb ?? false,
    quiet: true,
    settings: opts.dbSettings,
  };
  let db: EmbeddedDb | null = null;
  // Until the stack is complete, a failure (or a signal) still stops the database and removes the folder.
  const early = async () => {
    await db?.stop().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  };
  partial.add(early);
  let dbUrl: string;
  try {
    db = await startEmbeddedDb(dbOpts);
    dbUrl = db.url;
    await applyMigrations(dbUrl);
    if (opts.seed) await seedDemo(dbUrl);
    if (opts.prepareDb) {
      await opts.prepareDb(dbUrl, async () => {
        await db?.stop();
        db = await startEmbeddedDb(dbOpts);
      });
    }
  } catch (err) {
    partial.delete(early);
    await early();
    throw err;
  }
  partial.delete(early);

  // BENCH_APP_PORT: a fixed port for the app (people sharing a machine keep to their own range).
  const port = Number(process.env.BENCH_APP_PORT) || (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const poolSize = opts.poolSize ?? Number(process.env.DATABASE_POOL_SIZE ?? 10);
  const logFile = path.join(dir, "app.log");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST_DIR,
    DATABASE_URL: dbUrl,
    DATABASE_POOL_SIZE: String(poolSize),
    // BENCH_APP_CPU_PROF=<dir>: the server saves a V8 CPU profile there when stopped (SIGTERM).
    // The socket-address stamp `npm start` preloads (scripts/peer-address.cjs).
    // BENCH_DIAG=<file>: event-loop delay, thread-pool wait and memory every 250 ms (bench/lib/server-diag.cjs);
    // BENCH_HEAP_DIR=<dir>: SIGUSR2 makes the server write a heap snapshot there (the soak drill).
    NODE_OPTIONS: [
      process.env.NODE_OPTIONS,
      `--require ${JSON.stringify(path.join(ROOT, "scripts/peer-address.cjs"))}`,
      process.env.BENCH_DIAG ? `--require ${JSON.stringify(path.join(ROOT, "bench/lib/server-diag.cjs"))}` : "",
      process.env.BENCH_HEAP_DIR
        ? `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${JSON.stringify(path.resolve(process.env.BENCH_HEAP_DIR))}`
        : "",
    ]
      .filter(Boolean)
      .join(" "),
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: baseUrl,
    PORT: String(port),
  };
  let child: ChildProcess | null = null;
  const startApp = async () => {
    const log = fs.openSync(logFile, "a");
    // Its own process group, so kill -9 takes the server and anything it forked.
    // (--cpu-prof is refused in NODE_OPTIONS, so it goes on the command line; Node writes the
    // profile when the server exits on SIGTERM.)
    const prof = process.env.BENCH_APP_CPU_PROF
      ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_APP_CPU_PROF)}`]
      : [];
    const proc = spawn(process.execPath, [...prof, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ["ignore", log, log],
    });
    child = proc;
    fs.closeSync(log);
    await waitForHealth(baseUrl, proc, 120_000);
  };
  const termApp = async () => {
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise((r) => child!.once("exit", r));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  };
  const killApp = () => {
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
  };
  const pool = new pg.Pool({ connectionString: dbUrl, max: Math.max(poolSize, 4) });
  pool.on("error", () => {}); // idle clients die while the database is stopped on purpose

  let stopped = false;
  const stack: Stack = {
    baseUrl,
    dbUrl,
    poolSize,
    pool,
    stopDb: async () => {
      await db?.stop();
      db = null;
    },
    startDb: async (extraSettings: string[] = []) => {
      db = await startEmbeddedDb({ ...dbOpts, settings: [...(dbOpts.settings ?? []), ...extraSettings] });
    },
    killApp,
    startApp,
    appPgid: () => child?.pid ?? 0,
    pgDataDir: dbOpts.dir,
    appLog: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : ""),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      live.delete(stack);
      if (process.env.BENCH_APP_CPU_PROF) await termApp();
      killApp();
      await pool.end().catch(() => {});
      await db?.stop().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  live.add(stack);
  try {
    await startApp();
  } catch (err) {
    console.error(stack.appLog().slice(-4000));
    await stack.stop();
    throw err;
  }
  if (!opts.quiet) console.log(`app ${baseUrl} (pool ${poolSize}), postgres :${pgPort}, build ${DIST_DIR}`);
  return stack;
}

/** Run fn with a fresh stack; the stack is always stopped afterwards. */
export async function withStack<T>(opts: StackOptions, fn: (s: Stack) => Promise<T>): Promise<T> {
  const s = await startStack(opts);
  try {
    return await fn(s);
  } finally {
    await s.stop();
  }
}

/** The demo seed (prisma/seed.ts): the same accounts the README lists. */
async function seedDemo(url: string) {
  process.env.DATABASE_URL = url;
  const { seed } = await import("../../prisma/seed");
  const { getDb } = await import("../../lib/db");
  await seed(getDb());
  await getDb().$disconnect();
  (globalThis as { graminDb?: unknown }).graminDb = undefined;
}
