// Password hashing on threads of their own at a lower CPU priority than the JS thread.
//
// Why not libuv's pool (where @node-rs/argon2's async calls run): the pool's threads have the
// JS thread's priority, so on a busy 2-core machine a hash (~200 ms of a core) takes CPU time
// from the one thread that answers every request. Measured with the sign-in-flood drill at a
// load average of 10-12: /api/health p95 303 ms with hashing at normal priority, 145 ms with
// it at a lower one. A thread may lower its own priority (setpriority on its thread id), so
// each hashing worker does that first; on an idle machine it changes nothing.
//
// One worker per concurrent hash (the gate in password.ts decides how many), started on first
// use, kept referenced only while it has work (an idle one never holds a script open).
import { hash, verify, type Options } from "@node-rs/argon2";
import bcrypt from "bcryptjs";
import { Worker } from "node:worker_threads";

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v >= 0 ? v : fallback;
};

// Runs inside the worker (CommonJS, modules resolved from the app's folder like the server's).
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
try {
  const tid = Number(require("node:fs").readlinkSync("/proc/thread-self").split("/").pop());
  require("node:os").setPriority(tid, workerData.nice);
} catch {} // not Linux, or not allowed: run at normal priority
const argon2 = require("@node-rs/argon2");
const bcrypt = require("bcryptjs");
parentPort.on("message", ({ id, op, a, b }) => {
  try {
    const value =
      op === "hash" ? argon2.hashSync(a, b)
      : op === "verify" ? argon2.verifySync(a, b)
      : bcrypt.compareSync(a, b);
    parentPort.postMessage({ id, value });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err && err.message || err) });
  }
});
`;

type Job = { resolve: (v: unknown) => void; reject: (e: Error) => void };
/** The thread itself failed (it could not start or load a module): not a hashing error. */
class ThreadFailed extends Error {}
type Slot = { worker: Worker; jobs: Map<number, Job> };

const store = globalThis as unknown as { graminHashThreads?: Slot[] };
let nextId = 0;
let turn = 0;

function spawn(): Slot {
  const worker = new Worker(WORKER, { eval: true, workerData: { nice: num("PASSWORD_HASH_NICE", 10) } });
  const slot: Slot = { worker, jobs: new Map() };
  worker.unref();
  worker.on("message", ({ id, value, error }: { id: number; value?: unknown; error?: string }) => {
    const job = slot.jobs.get(id);
    slot.jobs.delete(id);
    if (!slot.jobs.size) worker.unref();
    if (error === undefined) job?.resolve(value);
    else job?.reject(new Error(error));
  });
  const fail = (err: Error) => {
    const threads = store.graminHashThreads ?? [];
    const at = threads.indexOf(slot);
    if (at >= 0) threads.splice(at, 1); // the next call starts a fresh one
    for (const job of slot.jobs.values()) job.reject(err);
    slot.jobs.clear();
  };
  worker.on("error", (err) => fail(new ThreadFailed(err.message)));
  worker.on("exit", (code) => fail(new ThreadFailed(`hashing thread exited (${code})`)));
  return slot;
}

// Set when a thread could not start (e.g. a layout where the packages do not resolve from the
// working folder): from then on the caller's fallback (libuv's pool) does the work.
let broken = false;

function run<T>(
  op: "hash" | "verify" | "bcrypt",
  a: unknown,
  b: unknown,
  threads: number,
  fallback: () => Promise<T>,
): Promise<T> {
  if (broken) return fallback();
  return post<T>(op, a, b, threads).catch((err: unknown) => {
    if (!(err instanceof ThreadFailed)) throw err;
    broken = true;
    console.error("[password] hashing thread failed; hashing on libuv's pool instead:", err.message);
    return fallback();
  });
}

function post<T>(op: "hash" | "verify" | "bcrypt", a: unknown, b: unknown, threads: number): Promise<T> {
  const pool = (store.graminHashThreads ??= []);
  while (pool.length < threads) pool.push(spawn());
  // The gate never runs more hashes than threads, so a free one is almost always there.
  const slot = pool.find((s) => !s.jobs.size) ?? pool[turn++ % pool.length]!;
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    slot.jobs.set(id, { resolve: resolve as (v: unknown) => void, reject });
    slot.worker.ref();
    slot.worker.postMessage({ id, op, a, b });
  });
}

export const hashOnThread = (plain: string, options: Options, threads: number) =>
  run<string>("hash", plain, options, threads, () => hash(plain, options));
export const verifyOnThread = (stored: string, plain: string, threads: number) =>
  run<boolean>("verify", stored, plain, threads, () => verify(stored, plain));
export const bcryptOnThread = (plain: string, stored: string, threads: number) =>
  run<boolean>("bcrypt", plain, stored, threads, () => bcrypt.compare(plain, stored));
