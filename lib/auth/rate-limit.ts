// Login rate limit kept in PostgreSQL, so it holds across every app instance.
import { db } from "@/lib/db";

export const WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export const accountKey = (login: string) => `acct:${login.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** Seconds until this key may try again, or 0 when it may try now. */
async function retryAfter(key: string, max: number, now: Date): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const failures = await db.loginAttempt.findMany({
    where: { key, success: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: max,
    select: { createdAt: true },
  });
  if (failures.length < max) return 0;
  // Locked until the oldest of the last `max` failures leaves the window.
  const oldest = failures[failures.length - 1]!.createdAt.getTime();
  return Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000));
}

export async function loginRetryAfter(login: string, ip: string | null, now = new Date()): Promise<number> {
  const [a, b] = await Promise.all([
    retryAfter(accountKey(login), MAX_FAILURES_PER_ACCOUNT, now),
    ip ? retryAfter(ipKey(ip), MAX_FAILURES_PER_IP, now) : Promise.resolve(0),
  ]);
  return Math.max(a, b);
}

export async function recordLoginAttempt(login: string, ip: string | null, success: boolean) {
  const keys = [accountKey(login), ...(ip ? [ipKey(ip)] : [])];
  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key, success })) });
  // A successful sign-in clears that account's failures (not the IP's).
  if (success) await db.loginAttempt.deleteMany({ where: { key: accountKey(login), success: false } });
}
