// Device creates carry a clientId, unique per merchant: a retry, a replayed offline request
// or the loser of a race gets the first row back (replayed: true) and nothing is written twice.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "./errors";

export type Once<R, T> = {
  /** The row this clientId already made, if any. */
  find: () => Promise<R | null>;
  /** That row as the caller's answer (refuse here when the clientId was used for something else). */
  replay: (row: R) => Promise<T>;
  /** The write, in one transaction; its unique index on (merchantId, clientId) settles races. */
  write: (tx: Tx) => Promise<T>;
  /** A unique violation that is not about this clientId (e.g. "already voided"). */
  onUnique?: () => Promise<never>;
  timeoutMs?: number;
};

export async function once<R, T extends object>(o: Once<R, T>): Promise<T & { replayed?: boolean }> {
  const first = await o.find();
  if (first) return { ...(await o.replay(first)), replayed: true };
  try {
    return await db.$transaction(o.write, { timeout: o.timeoutMs ?? 15_000 });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const winner = await o.find();
    if (winner) return { ...(await o.replay(winner)), replayed: true };
    if (o.onUnique) await o.onUnique();
    throw err;
  }
}
