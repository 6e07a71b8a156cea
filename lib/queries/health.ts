import "server-only";
import pg from "pg";

// Its own single connection, outside the app's pool: when every pooled connection is busy
// (a burst of sales) health still asks PostgreSQL itself, so it reports the database, not
// the queue in front of it.
const store = globalThis as unknown as { graminHealthPool?: pg.Pool };

function healthPool(): pg.Pool {
  if (!store.graminHealthPool) {
    const pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: 2,
      connectionTimeoutMillis: 2_000,
      idleTimeoutMillis: 60_000,
    });
    pool.on("error", () => {}); // a dropped idle connection is reported by the next check
    store.graminHealthPool = pool;
  }
  return store.graminHealthPool;
}

/** True when PostgreSQL answers a trivial query within 2 s. */
export async function databaseHealthy(timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      healthPool()
        .query("select 1")
        .then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
