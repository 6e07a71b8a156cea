// Password hashes: argon2id through @node-rs/argon2 (no 72-byte limit), computed on hashing
// threads of lower priority (hash-thread.ts), so the JS thread stays free for every other
// request. Hashes made by the older bcrypt code still verify (on the same threads);
// needsRehash() tells sign-in to upgrade them.
//
// Each hash costs ~19 MB and ~200 ms of a core, so at most PASSWORD_HASH_CONCURRENCY run at
// once and at most PASSWORD_HASH_QUEUE wait; past that the caller gets `rate_limited` (429
// with Retry-After) at once instead of a queue that grows until everything times out.
import type { Algorithm } from "@node-rs/argon2";
import os from "node:os";
import { bcryptOnThread, hashOnThread, verifyOnThread } from "@/lib/auth/hash-thread";
import { DomainError } from "@/lib/domain/errors";

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. Tests lower the memory cost.
const options = () => ({
  algorithm: 2 as Algorithm, // Argon2id (a const enum the bundler cannot see)
  memoryCost: num("ARGON2_MEMORY_KIB", 19_456),
  timeCost: num("ARGON2_TIME_COST", 2),
  parallelism: 1,
});

let active = 0;
const waiting: Array<() => void> = [];
/** Measured duration of recent hashes, for an honest Retry-After. */
let typicalMs = 200;

// Half the cores by default: hashing at full width left a 2-core server no CPU for anything else.
const maxActive = () => num("PASSWORD_HASH_CONCURRENCY", Math.max(1, Math.floor(os.availableParallelism() / 2)));
const maxWaiting = () => num("PASSWORD_HASH_QUEUE", 16);

const busy = (inLine: number) =>
  new DomainError("rate_limited", "Too many sign-ins at once, try again in a moment", undefined, {
    retryAfterSeconds: Math.max(1, Math.ceil((inLine * typicalMs) / maxActive() / 1000)),
  });

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (active < maxActive()) active++;
  else if (waiting.length < maxWaiting()) await new Promise<void>((resolve) => waiting.push(resolve));
  else throw busy(waiting.length + active);
  const started = performance.now();
  try {
    return await work();
  } finally {
    typicalMs = Math.round(typicalMs * 0.8 + (performance.now() - started) * 0.2);
    const next = waiting.shift();
    // Hand the slot straight to the next waiter; only free it when nobody waits.
    if (next) next();
    else active--;
  }
}

/** For tests and drills: how busy the hashing gate is. */
export const hashGate = () => ({ active, waiting: waiting.length });

// Sign-ins in progress (database reads, the limit's bookkeeping and the hash), at most as many
// as the hashing gate can take. A flood is refused here, before any database work: each refused
// guess then costs the JS thread next to nothing, where it had cost half a dozen Prisma
// statements (look-up, limit claim, release) before the gate said no.
let admitted = 0;
export const signInsInProgress = () => admitted;

/** Run one whole sign-in, or throw `rate_limited` (429 + Retry-After) at once when full. */
export async function withSignInAdmission<T>(work: () => Promise<T>): Promise<T> {
  if (admitted >= maxActive() + maxWaiting()) throw busy(admitted);
  admitted++;
  try {
    return await work();
  } finally {
    admitted--;
  }
}

const isBcrypt = (stored: string) => /^\$2[aby]\$\d\d\$/.test(stored);

export const hashPassword = (plain: string) => withSlot(() => hashOnThread(plain, options(), maxActive()));

export function verifyPassword(plain: string, stored: string): Promise<boolean> {
  return withSlot(async () => {
    if (isBcrypt(stored)) return bcryptOnThread(plain, stored, maxActive());
    try {
      return await verifyOnThread(stored, plain, maxActive());
    } catch {
      return false; // not a hash we understand: no password matches it
    }
  });
}

/** True for a bcrypt hash or an argon2 hash weaker than today's settings: hash again at sign-in. */
export function needsRehash(stored: string): boolean {
  if (isBcrypt(stored)) return true;
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=\d+\$/.exec(stored);
  if (!m) return true;
  const { memoryCost, timeCost } = options();
  return Number(m[1]) < memoryCost || Number(m[2]) < timeCost;
}

/** A real hash to compare against when the account does not exist: same time either way. */
let dummy: Promise<string> | undefined;
export async function dummyVerify(plain: string) {
  dummy ??= withSlot(() => hashOnThread("not-a-real-password", options(), maxActive())).catch((err: unknown) => {
    dummy = undefined; // refused (gate full) or failed: the next sign-in makes it
    throw err;
  });
  await verifyPassword(plain, await dummy);
}
