// npm run restore -- [<backup folder or name>] [--to "2026-12-03 14:05"]
// Stop the app first. The data folder is replaced by the base backup (the old one is kept
// beside it), the archived WAL replayed to the end (or to --to, read in the database server's
// time zone unless it carries one, e.g. "2026-12-03 14:05+05:30"), then the server promoted.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { findBackup, listBackups, prepareRestore } from "./lib/backup";
import { EMBEDDED_DATA_DIR, openDatabase } from "./lib/database-url";

function args() {
  const argv = process.argv.slice(2);
  const i = argv.indexOf("--to");
  const to = i >= 0 ? argv[i + 1] : undefined;
  const rest = argv.filter((_, j) => j !== i && j !== i + 1);
  return { which: rest[0], to };
}

async function main() {
  if (process.env.DATABASE_URL) {
    console.error("DATABASE_URL is set: restore that server with its own tools. See README.");
    process.exit(2);
  }
  const { which, to } = args();
  const backup = findBackup(which);
  if (!backup) {
    console.error(
      `no such base backup: ${which ?? "(none yet)"}. Known: ${
        listBackups()
          .map((b) => b.name)
          .join(", ") || "none"
      }`,
    );
    process.exit(2);
  }
  if (fs.existsSync(path.join(EMBEDDED_DATA_DIR, "postmaster.pid"))) {
    const pid = Number(fs.readFileSync(path.join(EMBEDDED_DATA_DIR, "postmaster.pid"), "utf8").split("\n")[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      /* a stale lock */
    }
    if (alive) {
      console.error("the database is running: stop the app (and its database) before a restore");
      process.exit(2);
    }
  }
  const t = Date.now();
  const { settings, keptAt } = prepareRestore(backup, EMBEDDED_DATA_DIR, to);
  if (keptAt) console.log(`the replaced data folder is kept at ${keptAt}`);
  // Starting replays the archive; the server says "ready" only once it has promoted.
  const db = await openDatabase(settings);
  try {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ r: boolean; at: Date | null }>(
      "SELECT pg_is_in_recovery() AS r, pg_last_xact_replay_timestamp() AS at",
    );
    await client.end();
    console.log(
      `restored ${backup.name}${to ? ` to ${to}` : " to the end of the archive"} in ${((Date.now() - t) / 1000).toFixed(1)} s` +
        (rows[0]?.at ? ` (last replayed commit ${rows[0].at.toISOString()})` : ""),
    );
  } finally {
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
