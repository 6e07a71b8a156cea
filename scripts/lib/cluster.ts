// Several `next start` instances of one production build behind Debian's nginx (loopback only,
// a non-daemon child with its config in a temp dir), on one embedded PostgreSQL with a
// streaming read replica. Used by `npm run cluster` and by bench/drills/cluster.ts.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { applyMigrations } from "./migrate";
import { findNginx, nginxConfig } from "./nginx";
import { startReplica, type Replica } from "./replica";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

export type Instance = {
  index: number;
  port: number;
  url: string;
  /** Process group id (for CPU accounting). */
  pgid(): number;
  kill(): void;
  start(): Promise<void>;
  alive(): boolean;
};

export type Cluster = {
  url: string;
  primaryUrl: string;
  replicaUrl: string;
  replica: Replica;
  instances: Instance[];
  pgDataDir: string;
  dir: string;
  /** Route nginx to these instances only (rewrites its config and reloads it, no dropped request). */
  setUpstreams(indices: number[]): Promise<void>;
  nginxPid(): number;
  stop(): Promise<void>;
};

export type ClusterOptions = {
  instances: number;
  /** nginx's port; the app instances and databases take free ports. */
  port: number;
  distDir: string;
  seed?: boolean;
  poolSize?: number;
  /** Runs after migrations, before the replica is made and the apps start. */
  prepareDb?: (url: string) => Promise<void>;
  /** Fixed ports (the drill keeps to its range); free ones when left out. */
  ports?: { apps?: number[]; primary?: number; replica?: number };
  log?: (m: string) => void;
};

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(3000) });
      if (res.status === 200) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs} ms`);
}

export async function startCluster(opts: ClusterOptions): Promise<Cluster> {
  const log = opts.log ?? (() => {});
  const nginxBin = findNginx();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gramin-cluster-"));
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const f of cleanups.splice(0).reverse()) await f().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const pgDataDir = path.join(dir, "pg");
    const db: EmbeddedDb = await startEmbeddedDb({
      dir: pgDataDir,
      port: opts.ports?.primary ?? (await freePort()),
      database: "graminstore_cluster",
      // The durable settings (fsync, synchronous_commit on): with synchronous_commit off the
      // WAL reaches the replica only at each WAL-writer flush (200 ms), a lag no real setup has.
      persistent: true,
      quiet: true,
    });
    cleanups.push(() => db.stop());
    await applyMigrations(db.url);
    if (opts.seed) {
      log("seeding the demo data...");
      process.env.DATABASE_URL = db.url;
      const { seed } = await import("../../prisma/seed");
      const { getDb } = await import("../../lib/db");
      await seed(getDb());
      await getDb().$disconnect();
      (globalThis as { graminDb?: unknown }).graminDb = undefined;
    }
    await opts.prepareDb?.(db.url);

    const replica = await startReplica({
      primaryUrl: db.url,
      primaryDataDir: pgDataDir,
      dir: path.join(dir, "replica"),
      port: opts.ports?.replica ?? (await freePort()),
    });
    cleanups.push(() => replica.stop());
    log(`primary ${new URL(db.url).port}, replica ${new URL(replica.url).port} (streaming)`);

    const url = `http://127.0.0.1:${opts.port}`;
    const ports = await Promise.all(
      Array.from({ length: opts.instances }, (_, i) => opts.ports?.apps?.[i] ?? freePort()),
    );
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: opts.distDir,
      DATABASE_URL: db.url,
      DATABASE_REPLICA_URL: replica.url,
      DATABASE_POOL_SIZE: String(opts.poolSize ?? 10),
      // One secret for all: a session signed by one instance is valid on every other.
      AUTH_SECRET: process.env.AUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: url,
      TRUST_PROXY_HOPS: "1",
    };
    const instances: Instance[] = ports.map((port, index) => {
      let child: ChildProcess | null = null;
      const inst: Instance = {
        index,
        port,
        url: `http://127.0.0.1:${port}`,
        pgid: () => child?.pid ?? 0,
        alive: () => !!child && child.exitCode === null && child.signalCode === null,
        kill: () => {
          if (child?.pid && inst.alive()) {
            try {
              process.kill(-child.pid, "SIGKILL");
            } catch {
              // already gone
            }
          }
        },
        start: async () => {
          const out = fs.openSync(path.join(dir, `app-${index}.log`), "a");
          child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
            cwd: ROOT,
            env: { ...env, PORT: String(port) },
            detached: true, // its own process group: kill -9 takes what it forked too
            stdio: ["ignore", out, out],
          });
          fs.closeSync(out);
          await waitHealthy(inst.url, child, 120_000);
        },
      };
      return inst;
    });
    cleanups.push(async () => instances.forEach((i) => i.kill()));
    // One at a time: two cold starts at once on 2 cores take longer than two in a row.
    for (const i of instances) {
      await i.start();
      log(`instance ${i.index + 1} on ${i.url}`);
    }

    const confFile = path.join(dir, "nginx.conf");
    fs.writeFileSync(confFile, nginxConfig(dir, opts.port, ports));
    const nginx = spawn(nginxBin, ["-c", confFile, "-p", dir, "-e", path.join(dir, "error.log")], {
      stdio: ["ignore", "inherit", "inherit"],
      detached: true, // its own process group (CPU accounting); stopped by us, also on Ctrl-C
    });
    cleanups.push(async () => {
      if (nginx.exitCode !== null) return;
      const exited = new Promise((r) => nginx.once("exit", r));
      nginx.kill("SIGQUIT"); // graceful: finish open requests
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (nginx.exitCode === null) nginx.kill("SIGKILL");
    });
    await waitHealthy(url, nginx, 15_000);
    const setUpstreams = async (indices: number[]) => {
      fs.writeFileSync(
        confFile,
        nginxConfig(
          dir,
          opts.port,
          indices.map((i) => ports[i]!),
        ),
      );
      nginx.kill("SIGHUP"); // new workers take the new config; old ones finish their requests
      await new Promise((r) => setTimeout(r, 1000));
    };
    return {
      url,
      primaryUrl: db.url,
      replicaUrl: replica.url,
      replica,
      instances,
      pgDataDir,
      dir,
      setUpstreams,
      nginxPid: () => nginx.pid ?? 0,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
