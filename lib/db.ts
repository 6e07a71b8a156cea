// The one PrismaClient: adapter-pg over a pooled connection. Created on first use so a test
// setup can point DATABASE_URL at its throwaway database before anything connects.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient(connectionString = process.env.DATABASE_URL) {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide it.");
  }
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // Also how long a query waits for a free pooled connection: past it the API answers
    // 503 "overloaded" (lib/api/db-errors isPoolExhausted) instead of queueing without end.
    connectionTimeoutMillis: Number(process.env.DATABASE_ACQUIRE_TIMEOUT_MS ?? 3_000),
    // A query that cannot get an answer fails fast (503) instead of hanging a request.
    query_timeout: 15_000,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { graminDb?: Db };

export function getDb(): Db {
  return (globalForDb.graminDb ??= createClient());
}

/** Lazily-connected client; use `db.model.method(...)` as usual. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = getDb() as unknown as Record<PropertyKey, unknown>;
    const value = client[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

const globalForReplica = globalThis as unknown as { graminReplicaDb?: Db | null };

/**
 * A second client on the streaming read replica (DATABASE_REPLICA_URL), or null when none is
 * configured. Only reports read through it, via lib/read-replica.ts, which checks its lag.
 */
export function getReplicaDb(): Db | null {
  const url = process.env.DATABASE_REPLICA_URL;
  if (!url) return null;
  return (globalForReplica.graminReplicaDb ??= createClient(url));
}
