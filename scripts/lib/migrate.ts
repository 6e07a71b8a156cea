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
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScripts(new PrismaPg({ connectionString: url })));
  return bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, adapter) as Promise<Engine>;
}

type ScriptAdapter = {
  executeScript(script: string): Promise<void>;
  underlyingDriver(): { query(sql: string): Promise<unknown> };
};

/**
 * The pg driver adapter runs a script by splitting it on every ";", which cuts a PL/pgSQL
 * function body (the daily summary's triggers) into pieces. Send the whole script as one
 * simple query instead, as the native schema engine and `psql -f` do: PostgreSQL runs its
 * statements in order, in one implicit transaction (all or nothing).
 */
function wholeScripts(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const a = adapter as unknown as ScriptAdapter & { onError(err: unknown): never };
    a.executeScript = async (script: string) => {
      try {
        await a.underlyingDriver().query(script);
      } catch (err) {
        a.onError(err);
      }
    };
    return adapter;
  };
  return factory;
}

/**
 * Migrations that ran before wholeScripts() went through the adapter's split on ";", and so
 * would any tool that splits the same way: a ";" in a comment stays refused, said plainly.
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
