// npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the change between the
// schema as of the last migration (prisma/migrations/schema.prisma) and prisma/schema.prisma.
import fs from "node:fs";
import path from "node:path";
import { withDatabase } from "./lib/database-url";
import { MIGRATED_SCHEMA_PATH, MIGRATIONS_DIR, SCHEMA_PATH, pendingMigrationSql } from "./lib/migrate";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(1);
}

await withDatabase(async (url) => {
  const sql = await pendingMigrationSql(url);
  if (!sql) {
    console.log("schema.prisma matches the last migration: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
  fs.copyFileSync(SCHEMA_PATH, MIGRATED_SCHEMA_PATH);
  const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!fs.existsSync(lock)) fs.writeFileSync(lock, 'provider = "postgresql"\n');
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
});
