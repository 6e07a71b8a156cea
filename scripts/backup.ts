// npm run backup: a base backup of the embedded database now (the server is started for it
// when the app is not running), then old backups pruned (BACKUP_KEEP). WAL is archived
// continuously by the server itself; see scripts/lib/backup.ts.
import { baseBackup, BACKUP_DIR, pruneBackups } from "./lib/backup";
import { EMBEDDED_DATA_DIR, openDatabase } from "./lib/database-url";

async function main() {
  if (process.env.DATABASE_URL) {
    console.error(
      "DATABASE_URL is set: back that server up with its own tools (pg_basebackup + WAL archiving, or your provider's). See README.",
    );
    process.exit(2);
  }
  const db = await openDatabase();
  try {
    const t = Date.now();
    const b = await baseBackup(db.url.replace(/\/[^/]+$/, "/postgres"), EMBEDDED_DATA_DIR);
    const pruned = pruneBackups();
    console.log(`base backup ${b.name} in ${((Date.now() - t) / 1000).toFixed(1)} s -> ${b.dir}`);
    if (pruned.removed.length)
      console.log(`pruned ${pruned.removed.length} old backup(s), ${pruned.walRemoved} WAL segment(s)`);
    console.log(`WAL archive: ${BACKUP_DIR}/wal`);
  } finally {
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
