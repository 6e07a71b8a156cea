// Binary-free migrations: Prisma's own schema engine compiled to WebAssembly, talking to
// PostgreSQL through the pg driver adapter. Applies prisma/migrations/*/migration.sql and
// records them in _prisma_migrations, exactly like `prisma migrate deploy`.
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
/** The schema as of the latest migration: the next migration is the diff from it. */
export const MIGRATED_SCHEMA_PATH = path.join(MIGRATIONS_DIR, "schema.prisma");

/**
 * The pg adapter runs a script by splitting it on every ";", which cuts a function's body
 * ($$ ... $$, e.g. record_sale) apart. A script with a dollar-quoted body goes to PostgreSQL
 * whole instead: the simple query protocol runs its statements in one implicit transaction.
 */
class WholeScriptPg extends PrismaPg {
  override async connect() {
    return wholeScripts(await super.connect());
  }
  override async connectToShadowDb() {
    return wholeScripts(await super.connectToShadowDb());
  }
}

function wholeScripts<A extends { executeScript(script: string): Promise<void>; underlyingDriver(): unknown }>(a: A) {
  const split = a.executeScript.bind(a);
  a.executeScript = async (script: string) => {
    if (!script.includes("$$")) return split(script);
    try {
      await (a.underlyingDriver() as { query(sql: string): Promise<unknown> }).query(script);
    } catch (err) {
      // The engine's own error mapping, as the split path reports a failed statement.
      const mapped = a as unknown as { onError?: (e: unknown) => never };
      if (mapped.onError) mapped.onError.call(a, err);
      throw err;
    }
  };
  return a;
}

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout?: string | null }>;
  free(): void;
};

async function loadEngine(url: string, schema: string): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bg = await import(path.join(pkgDir, "schema_engine_bg.js"));
  const bytes = fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const wasm = await WebAssembly.compile(bytes);
  const instance = new WebAssembly.Instance(wasm, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg({ connectionString: url }));
  return bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, adapter) as Promise<Engine>;
}

/**
 * A script without a dollar-quoted body still goes through the adapter's split on every ";"
 * (even inside comments and strings), so a ";" in a comment would fail with a baffling
 * syntax error: refused here, said plainly.
 */
export function checkSplittable(name: string, sql: string) {
  sql.split("\n").forEach((line, i) => {
    const comment = line.indexOf("--");
    if (comment >= 0 && line.slice(comment).includes(";")) {
      throw new Error(
        `${name}/migration.sql line ${i + 1}: a ";" inside a comment breaks the WebAssembly migrator (it splits on ";"). Reword the comment.`,
      );
    }
  });
}

function migrationsList() {
  const dirs = fs.existsSync(MIGRATIONS_DIR)
    ? fs
        .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      if (fs.existsSync(file)) checkSplittable(name, fs.readFileSync(file, "utf8"));
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
            : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

/** Apply every pending migration; returns the names applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  const engine = await loadEngine(url, fs.readFileSync(SCHEMA_PATH, "utf8"));
  try {
    const out = await engine.applyMigrations({
      migrationsList: migrationsList(),
      filters: { externalTables: [], externalEnums: [] },
    });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** SQL that takes the last migrated schema to the current schema.prisma ("" when none). */
export async function pendingMigrationSql(url: string): Promise<string> {
  const current = fs.readFileSync(SCHEMA_PATH, "utf8");
  const engine = await loadEngine(url, current);
  try {
    const from = fs.existsSync(MIGRATED_SCHEMA_PATH)
      ? {
          tag: "schemaDatamodel",
          files: [{ path: MIGRATED_SCHEMA_PATH, content: fs.readFileSync(MIGRATED_SCHEMA_PATH, "utf8") }],
        }
      : { tag: "empty" };
    let captured = "";
    const out = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: current }] },
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    captured = out.stdout ?? "";
    return captured.includes("-- This is an empty migration.") ? "" : captured.trim();
  } finally {
    engine.free();
  }
}
