// One throwaway embedded PostgreSQL for the whole Vitest run: free port, temp dir, migrated.
// Tests keep to their own data (fresh shops and users per test), so files run in parallel.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startEmbeddedDb } from "../lib/embedded-db";
import { applyMigrations } from "../lib/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gramin-test-"));
  const db = await startEmbeddedDb({
    dir: path.join(dir, "pg"),
    port: await freePort(),
    database: "graminstore_test",
    persistent: false,
    quiet: true,
  });
  await applyMigrations(db.url);
  project.provide("databaseUrl", db.url);
  process.env.DATABASE_URL = db.url;
  return async () => {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
