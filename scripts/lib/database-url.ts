// Where the app's database is: DATABASE_URL when set, else the embedded server under .data/.
import path from "node:path";
import { archiveSettings } from "./backup";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";

export const DATA_DIR = path.resolve(import.meta.dirname, "../../.data");
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const EMBEDDED_DATA_DIR = path.join(DATA_DIR, "pg");

/** The embedded server archives every WAL segment (scripts/lib/backup.ts); `settings` adds more (a restore). */
export async function openDatabase(settings: string[] = []): Promise<EmbeddedDb> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  return startEmbeddedDb({
    dir: EMBEDDED_DATA_DIR,
    port: EMBEDDED_PORT,
    database: "graminstore",
    persistent: true,
    settings: [...archiveSettings(), ...settings],
  });
}

export async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await fn(db.url);
  } finally {
    await db.stop();
  }
}
