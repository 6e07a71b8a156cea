// Sign-in and sign-up limits kept in PostgreSQL, so they hold across every app instance.
//
// Exact under concurrency: an attempt is counted BEFORE its password is checked, inside one
// transaction that holds an advisory lock per key, so 50 parallel guesses at one account get
// exactly MAX_FAILURES_PER_ACCOUNT checks, not "everything that read the count before the
// first failure was written". A success then clears the account's count.
import { db, type Tx } from "@/lib/db";

export const WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;
/** Sign-ups per address per hour (REGISTRATIONS_PER_IP_PER_HOUR; the e2e server raises it: every test signs up from 127.0.0.1). */
export const MAX_REGISTRATIONS_PER_IP = Number(process.env.REGISTRATIONS_PER_IP_PER_HOUR) || 10;
export const REGISTRATION_WINDOW_MS = 60 * 60_000;

/** One key per account (so its email and its phone share one count); the login text when no account matches. */
export const accountKey = (userId: string | null, login: string) =>
  userId ? `user:${userId}` : `acct:${login.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;
const registerKey = (ip: string) => `register:${ip}`;

type Limit = { key: string; max: number; windowMs: number };

/** Seconds until this key may try again, or 0. Call with the key's advisory lock held. */
async function retryAfter(tx: Tx, { key, max, windowMs }: Limit, now: Date): Promise<number> {
  const failures = await tx.loginAttempt.findMany({
    where: { key, success: false, createdAt: { gt: new Date(now.getTime() - windowMs) } },
    orderBy: { createdAt: "desc" },
    take: max,
    select: { createdAt: true },
  });
  if (failures.length < max) return 0;
  // Locked until the oldest of the last `max` failures leaves the window.
  const oldest = failures[failures.length - 1]!.createdAt.getTime();
  return Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 1000));
}

/**
 * Count one attempt against every limit, or none when any limit is reached. Returns the wait
 * in seconds (0: go ahead, the attempt is already counted as a failure until settled).
 * `locked` limits are checked and counted under their advisory lock (exact); the others are
 * only read (a shared key such as an address would otherwise queue every attempt behind one lock).
 */
async function claim(locked: Limit[], now: Date, counted: Limit[] = []): Promise<{ wait: number; ids: string[] }> {
  return db.$transaction(async (tx) => {
    // Lock in key order so two attempts with the same keys cannot deadlock.
    for (const { key } of [...locked].sort((a, b) => a.key.localeCompare(b.key)))
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 19))`;
    let wait = 0;
    for (const limit of [...locked, ...counted]) wait = Math.max(wait, await retryAfter(tx, limit, now));
    if (wait > 0) return { wait, ids: [] };
    const rows = await tx.loginAttempt.createManyAndReturn({
      data: [...locked, ...counted].map(({ key }) => ({ key, success: false, createdAt: now })),
      select: { id: true },
    });
    return { wait: 0, ids: rows.map((r) => r.id) };
  });
}

export type SignInClaim = { wait: number; ids: string[]; account: string };

// Addresses this instance already found over their limit, with the time they may try again:
// a flood from one address is then refused without a database round trip. Bounded.
const lockedIps = new Map<string, number>();

async function ipRetryAfter(ip: string, now: Date): Promise<number> {
  const until = lockedIps.get(ip);
  if (until !== undefined && until > now.getTime()) return Math.ceil((until - now.getTime()) / 1000);
  lockedIps.delete(ip);
  // A plain read (no lock): the client has the same methods as a transaction here.
  const wait = await retryAfter(
    db as unknown as Tx,
    { key: ipKey(ip), max: MAX_FAILURES_PER_IP, windowMs: WINDOW_MS },
    now,
  );
  if (wait > 0) {
    if (lockedIps.size >= 10_000) lockedIps.clear();
    lockedIps.set(ip, now.getTime() + wait * 1000);
  }
  return wait;
}

export async function claimSignIn(account: string, ip: string | null, now = new Date()): Promise<SignInClaim> {
  if (ip && lockedIps.has(ip)) {
    const wait = await ipRetryAfter(ip, now);
    if (wait > 0) return { wait, ids: [], account };
  }
  const ipLimit = ip ? [{ key: ipKey(ip), max: MAX_FAILURES_PER_IP, windowMs: WINDOW_MS }] : [];
  return {
    ...(await claim([{ key: account, max: MAX_FAILURES_PER_ACCOUNT, windowMs: WINDOW_MS }], now, ipLimit)),
    account,
  };
}

/** After the check: a success clears the account's failures and turns its IP row into a success. */
export async function settleSignIn(claimed: SignInClaim, success: boolean): Promise<void> {
  if (!success) return; // already counted
  await db.$transaction([
    db.loginAttempt.deleteMany({ where: { key: claimed.account, success: false } }),
    db.loginAttempt.updateMany({ where: { id: { in: claimed.ids } }, data: { success: true } }),
  ]);
}

/** Sign-ups per address: seconds to wait, or 0 (and the sign-up is counted). */
export async function claimRegistration(ip: string | null, now = new Date()): Promise<number> {
  if (!ip) return 0;
  const { wait } = await claim(
    [{ key: registerKey(ip), max: MAX_REGISTRATIONS_PER_IP, windowMs: REGISTRATION_WINDOW_MS }],
    now,
  );
  return wait;
}

/** The attempt never reached the password check (the hashing gate was full): uncount it. */
export async function releaseSignIn(claimed: SignInClaim): Promise<void> {
  if (claimed.ids.length) await db.loginAttempt.deleteMany({ where: { id: { in: claimed.ids } } });
}
