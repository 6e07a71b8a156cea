// Backups of the embedded PostgreSQL with PostgreSQL's own mechanisms (the embedded package
// ships no pg_dump / pg_basebackup):
//  - continuous WAL archiving: archive_command copies each finished WAL segment to
//    <BACKUP_DIR>/wal, and archive_timeout closes a segment at least every ARCHIVE_TIMEOUT_S;
//  - base backups through the low-level API: pg_backup_start -> a file copy of the data
//    folder -> pg_backup_stop, whose backup_label goes into the copy;
//  - restore: the copy back in place + recovery.signal + restore_command from the archive,
//    replayed to the end or to recovery_target_time, then promoted.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const BACKUP_DIR = path.resolve(
  process.env.BACKUP_DIR ?? path.resolve(import.meta.dirname, "../../.data/backups"),
);
export const ARCHIVE_TIMEOUT_S = Number(process.env.ARCHIVE_TIMEOUT_S ?? 60);
export const BACKUP_KEEP = Number(process.env.BACKUP_KEEP ?? 7);

const walDir = (root: string) => path.join(root, "wal");
const baseDir = (root: string) => path.join(root, "base");
const quote = (p: string) => `'${p.replace(/'/g, "'\\''")}'`;

/** PostgreSQL runs as "postgres" when we are root: it must own what it writes and reads. */
function postgresIds(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

function chownTree(dir: string, ids: { uid: number; gid: number } | null) {
  if (!ids) return;
  fs.chownSync(dir, ids.uid, ids.gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, ids);
    else fs.chownSync(p, ids.uid, ids.gid);
  }
}

/** Server settings that archive every WAL segment into `root`/wal (made if missing). */
export function archiveSettings(root = BACKUP_DIR, timeoutS = ARCHIVE_TIMEOUT_S): string[] {
  const dir = walDir(root);
  fs.mkdirSync(dir, { recursive: true });
  const ids = postgresIds();
  if (ids) for (const d of [root, dir]) fs.chownSync(d, ids.uid, ids.gid);
  return [
    "archive_mode=on",
    // The command from PostgreSQL's manual: never overwrite an archived segment.
    `archive_command=test ! -f ${quote(dir)}/%f && cp %p ${quote(dir)}/%f`,
    `archive_timeout=${timeoutS}`,
    "wal_level=replica",
  ];
}

// Left out of a base backup, as pg_basebackup does: WAL (it comes from the archive), the
// server's lock and runtime folders.
const SKIP_DIRS = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);
const SKIP_FILES = new Set([
  "postmaster.pid",
  "postmaster.opts",
  "backup_label",
  "tablespace_map",
  "recovery.signal",
  "standby.signal",
]);

/** Copy a folder that is being written to: files that vanish mid-copy are skipped. */
function copyLive(src: string, dest: string, top = true) {
  fs.mkdirSync(dest, { recursive: true });
  for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, entry.name);
    const to = path.join(dest, entry.name);
    if (entry.isDirectory()) {
      if (top && SKIP_DIRS.has(entry.name)) fs.mkdirSync(to, { recursive: true });
      else if (!entry.name.startsWith("pgsql_tmp")) copyLive(from, to, false);
    } else if (!(top && SKIP_FILES.has(entry.name))) {
      try {
        fs.copyFileSync(from, to);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      }
    }
  }
}

export type BaseBackup = { name: string; dir: string; startWal: string; startedAt: string; finishedAt: string };

/** A base backup of the running server at `url` whose data folder is `dataDir`. */
export async function baseBackup(url: string, dataDir: string, root = BACKUP_DIR): Promise<BaseBackup> {
  const startedAt = new Date();
  const name = startedAt.toISOString().replace(/[:.]/g, "-");
  const dir = path.join(baseDir(root), name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Both calls on this one session, as the low-level API requires; fast checkpoint.
    await client.query("SELECT pg_backup_start($1, true)", [`graminstore ${name}`]);
    try {
      copyLive(dataDir, path.join(dir, "data"));
    } catch (err) {
      await client.query("SELECT pg_backup_stop(false)").catch(() => {});
      throw err;
    }
    // wait_for_archive: returns once every WAL segment the copy needs is in the archive.
    const { rows } = await client.query<{ labelfile: string; spcmapfile: string | null }>(
      "SELECT labelfile, spcmapfile FROM pg_backup_stop(true)",
    );
    fs.writeFileSync(path.join(dir, "data", "backup_label"), rows[0]!.labelfile);
    if (rows[0]!.spcmapfile) fs.writeFileSync(path.join(dir, "data", "tablespace_map"), rows[0]!.spcmapfile);
    const startWal = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(rows[0]!.labelfile)?.[1] ?? "";
    const info: BaseBackup = {
      name,
      dir,
      startWal,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
    };
    fs.writeFileSync(path.join(dir, "backup.json"), JSON.stringify(info, null, 2));
    return info;
  } finally {
    await client.end().catch(() => {});
  }
}

export function listBackups(root = BACKUP_DIR): BaseBackup[] {
  const base = baseDir(root);
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base)
    .filter((n) => fs.existsSync(path.join(base, n, "backup.json")))
    .sort()
    .map((n) => JSON.parse(fs.readFileSync(path.join(base, n, "backup.json"), "utf8")) as BaseBackup);
}

/** Keep the newest `keep` base backups and the archived WAL the oldest of them needs. */
export function pruneBackups(keep = BACKUP_KEEP, root = BACKUP_DIR): { removed: string[]; walRemoved: number } {
  const all = listBackups(root);
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const b of removed) fs.rmSync(path.join(baseDir(root), b.name), { recursive: true, force: true });
  const oldest = all[removed.length]?.startWal;
  let walRemoved = 0;
  if (oldest && fs.existsSync(walDir(root))) {
    for (const f of fs.readdirSync(walDir(root))) {
      // Plain segments only (24 hex digits); timeline history files are always kept.
      if (/^[0-9A-F]{24}$/.test(f) && f.slice(8) < oldest.slice(8)) {
        fs.rmSync(path.join(walDir(root), f));
        walRemoved++;
      }
    }
  }
  return { removed: removed.map((b) => b.name), walRemoved };
}

/** The base backup named (its folder or name), else the newest; null when there is none. */
export function findBackup(which: string | undefined, root = BACKUP_DIR): BaseBackup | null {
  const all = listBackups(root);
  if (!which) return all.at(-1) ?? null;
  const name = path.basename(path.resolve(which));
  return all.find((b) => b.name === name) ?? null;
}

/**
 * Put a base backup in place of `dataDir` (the server must be stopped) and return the
 * settings that make the next start replay the archive (to `targetTime` when given) and
 * then promote. The replaced folder is kept beside it, never deleted.
 */
export function prepareRestore(
  backup: BaseBackup,
  dataDir: string,
  targetTime?: string,
  root = BACKUP_DIR,
): { settings: string[]; keptAt: string | null } {
  let keptAt: string | null = null;
  if (fs.existsSync(dataDir)) {
    keptAt = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(dataDir, keptAt);
  }
  fs.cpSync(path.join(backup.dir, "data"), dataDir, { recursive: true });
  fs.mkdirSync(path.join(dataDir, "pg_wal", "archive_status"), { recursive: true });
  fs.writeFileSync(path.join(dataDir, "recovery.signal"), "");
  fs.chmodSync(dataDir, 0o700);
  chownTree(dataDir, postgresIds());
  return {
    keptAt,
    settings: [
      `restore_command=cp ${quote(walDir(root))}/%f %p`,
      ...(targetTime ? [`recovery_target_time=${targetTime}`, "recovery_target_inclusive=true"] : []),
      "recovery_target_action=promote",
    ],
  };
}

/**
 * The daily base backup while the app runs (`npm start` / `npm run dev` on the embedded
 * server): checked hourly, taken when the newest is older than a day, then pruned.
 */
export function scheduleDailyBackups(url: string, dataDir: string, log = console.log): void {
  const DAY = 24 * 3_600_000;
  let busy = false;
  const check = async () => {
    if (busy) return;
    const newest = listBackups().at(-1);
    if (newest && Date.now() - new Date(newest.startedAt).getTime() < DAY) return;
    busy = true;
    try {
      const b = await baseBackup(url, dataDir);
      const pruned = pruneBackups();
      log(`daily base backup ${b.name}${pruned.removed.length ? ` (pruned ${pruned.removed.length})` : ""}`);
    } catch (err) {
      log(`daily base backup failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      busy = false;
    }
  };
  setTimeout(() => void check(), Number(process.env.BACKUP_FIRST_CHECK_MS ?? 5 * 60_000)).unref();
  setInterval(() => void check(), 3_600_000).unref();
}
