// Where reports read: analytics, the sales report and the exports may show data a few seconds
// old, so they read from the streaming replica (DATABASE_REPLICA_URL) when it is close enough
// behind the primary; everything else (and every write) stays on the primary.
// Staleness is bounded: the replica is used only while its lag is at most
// DATABASE_REPLICA_MAX_LAG_MS (default 5 s); past that, reports read the primary again.
import "server-only";
import { db, getReplicaDb, type Db } from "@/lib/db";

type ReadSource = {
  db: Db;
  source: "primary" | "replica";
  /** The data is complete up to this instant (now, on the primary). */
  asOf: Date;
};

/** What the lag check saw: the primary's WAL position then, and the replica's replay. */
export type ReplicaStatus = {
  checkedAt: Date;
  /** The replica has replayed everything the primary had written when checked. */
  caughtUp: boolean;
  /** Commit time of the last transaction the replica replayed (null: none yet). */
  replayedAt: Date | null;
  /** The replica is not a standby (e.g. a test database, or a promoted replica). */
  notStandby?: boolean;
};

export const maxLagMs = () => Number(process.env.DATABASE_REPLICA_MAX_LAG_MS ?? 5_000);
const CHECK_EVERY_MS = 1_000;

/** Pure: read from the replica, and as of when, or null for the primary. */
export function replicaAsOf(status: ReplicaStatus | null, boundMs: number): Date | null {
  if (!status) return null;
  if (status.caughtUp || status.notStandby) return status.checkedAt;
  if (!status.replayedAt) return null;
  return status.checkedAt.getTime() - status.replayedAt.getTime() <= boundMs ? status.replayedAt : null;
}

async function checkReplica(replica: Db): Promise<ReplicaStatus | null> {
  try {
    // Primary first: whatever it had written by then, the replica has replayed or not.
    const [p] = await db.$queryRaw<{ lsn: string; at: Date }[]>`
      SELECT pg_current_wal_lsn()::text AS lsn, clock_timestamp() AS at`;
    const [r] = await replica.$queryRaw<{ standby: boolean; behind: boolean | null; replayedAt: Date | null }[]>`
      SELECT pg_is_in_recovery() AS standby,
             pg_last_wal_replay_lsn() < ${p!.lsn}::pg_lsn AS behind,
             pg_last_xact_replay_timestamp() AS "replayedAt"`;
    if (!r!.standby) return { checkedAt: p!.at, caughtUp: true, replayedAt: null, notStandby: true };
    return { checkedAt: p!.at, caughtUp: r!.behind === false, replayedAt: r!.replayedAt };
  } catch (err) {
    // A replica that is down must not take reports down with it.
    console.error(
      `read replica: lag check failed, reading from the primary (${err instanceof Error ? err.message.trim().split("\n").pop() : err})`,
    );
    return null;
  }
}

/** A check that has not answered by then counts as failed: a report never waits on a dead replica. */
const CHECK_TIMEOUT_MS = 1_000;
/** After a failed check, reports read the primary this long before the replica is tried again. */
const RETRY_AFTER_FAILURE_MS = 10_000;

function checkWithin(replica: Db): Promise<ReplicaStatus | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), CHECK_TIMEOUT_MS);
  });
  return Promise.race([checkReplica(replica), timeout]).finally(() => clearTimeout(timer));
}

const cache = globalThis as unknown as {
  graminReplicaCheck?: { at: number; status: Promise<ReplicaStatus | null>; ttl: number };
};

/** The client a report reads with, and how fresh its data is (one lag check per second per process). */
export async function reportSource(): Promise<ReadSource> {
  const replica = getReplicaDb();
  if (!replica) return { db, source: "primary", asOf: new Date() };
  const now = Date.now();
  if (!cache.graminReplicaCheck || now - cache.graminReplicaCheck.at > cache.graminReplicaCheck.ttl) {
    const check = { at: now, status: checkWithin(replica), ttl: CHECK_EVERY_MS };
    void check.status.then((s) => {
      if (!s) check.ttl = RETRY_AFTER_FAILURE_MS;
    });
    cache.graminReplicaCheck = check;
  }
  const asOf = replicaAsOf(await cache.graminReplicaCheck.status, maxLagMs());
  return asOf ? { db: replica, source: "replica", asOf } : { db, source: "primary", asOf: new Date() };
}

/** Just the client, for report queries. */
export const reportsDb = async (): Promise<Db> => (await reportSource()).db;
