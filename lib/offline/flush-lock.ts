// Cross-tab "only one flusher at a time" locks for the outbox (see outbox-queue.ts FlushLock).
// - webLocksFlushLock: the Web Locks API (navigator.locks, ifAvailable): exact, and released
//   by the browser if the tab dies. Used wherever it exists.
// - leaseFlushLock: a time-limited lease in a key-value store (localStorage) for browsers
//   without Web Locks; it is best effort (two tabs can race within the settle delay), which
//   is fine because the server dedupes by clientId anyway.
// - memoryFlushLock: one process (tests, or no storage at all).
import type { FlushLock } from "./outbox-queue";

export const FLUSH_LOCK_NAME = "gs-outbox-flush";

export function memoryFlushLock(): FlushLock {
  let held = false;
  return async (fn) => {
    if (held) return { acquired: false };
    held = true;
    try {
      return { acquired: true, value: await fn() };
    } finally {
      held = false;
    }
  };
}

export function webLocksFlushLock(locks: LockManager, name = FLUSH_LOCK_NAME): FlushLock {
  return async <T>(fn: () => Promise<T>) => {
    // The callback receives null when another tab holds the lock (ifAvailable).
    const result: { acquired: true; value: T } | { acquired: false } = await locks.request(
      name,
      { ifAvailable: true },
      async (lock) => (lock ? { acquired: true as const, value: await fn() } : { acquired: false as const }),
    );
    return result;
  };
}

export interface LeaseStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function leaseFlushLock(
  store: LeaseStore,
  opts: { key?: string; ttlMs?: number; settleMs?: number; now?: () => number } = {},
): FlushLock {
  const key = opts.key ?? FLUSH_LOCK_NAME;
  const ttl = opts.ttlMs ?? 15_000;
  const settle = opts.settleMs ?? 50;
  const now = opts.now ?? Date.now;
  const read = (): { owner: string; expires: number } | null => {
    try {
      return JSON.parse(store.getItem(key) ?? "null");
    } catch {
      return null;
    }
  };
  return async (fn) => {
    const me = `${now()}-${Math.random().toString(36).slice(2)}`;
    const current = read();
    if (current && current.expires > now()) return { acquired: false };
    store.setItem(key, JSON.stringify({ owner: me, expires: now() + ttl }));
    // Another tab that wrote in the same moment wins if its write landed last.
    await new Promise((r) => setTimeout(r, settle));
    if (read()?.owner !== me) return { acquired: false };
    // Keep the lease alive while a slow flush runs; it lapses on its own if the tab dies.
    const renew = setInterval(() => {
      if (read()?.owner === me) store.setItem(key, JSON.stringify({ owner: me, expires: now() + ttl }));
    }, ttl / 3);
    try {
      return { acquired: true, value: await fn() };
    } finally {
      clearInterval(renew);
      if (read()?.owner === me) store.removeItem(key);
    }
  };
}

/** The best lock this browser offers. */
export function browserFlushLock(): FlushLock {
  if (typeof navigator !== "undefined" && "locks" in navigator && navigator.locks)
    return webLocksFlushLock(navigator.locks);
  try {
    if (typeof localStorage !== "undefined") return leaseFlushLock(localStorage);
  } catch {
    // localStorage can throw when storage is blocked: fall through to a tab-local lock
  }
  return memoryFlushLock();
}
