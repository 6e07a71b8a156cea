// The offline sales queue, as pure logic over a storage interface (no browser needed), so
// ordering, retry and exactly-once bookkeeping are unit-tested (outbox-queue.test.ts).
// lib/offline/outbox.ts binds it to IndexedDB for the app.
//
// API: createOutbox(storage, { lock, onChange }) → {
//   enqueue(sale)            store a sale { clientId, createdAt, payload }; idempotent by clientId
//                            (a second enqueue of the same id keeps the first); resolves once stored
//   pending() / failed()     items waiting to be sent / set aside after a rejection, in send order
//   count()                  { pending, failed } (both are unsynced: neither is on the server)
//   markFailed(id, reason)   set an item aside with its reason
//   retry(id)                put a failed item back in the queue (after the cause is fixed)
//   remove(id)               delete an item: only after the user has seen/exported it
//   exportJson()             every item as JSON, for the user to keep or hand over
//   flush(send)              send pending items one at a time, oldest first (createdAt, then
//                            clientId); see FlushReport for the outcome
// }
// send(item) answers "ok" (the server has it: drop it), { retry, reason } (network or server
// trouble: keep it, stop, try later) or { failed, reason } (the server refused it: set it
// aside as failed with the reason and go on with the next; it blocks nothing behind it and is
// never dropped silently). A thrown error counts as retry. The server dedupes by clientId,
// so a sale sent twice (its answer lost, two tabs, a replay) is still recorded once.

export type OutboxStatus = "pending" | "failed";

export interface OutboxItem<P = unknown> {
  clientId: string;
  /** ISO 8601 UTC (Date#toISOString), so string order is time order. */
  createdAt: string;
  payload: P;
  status: OutboxStatus;
  attempts: number;
  /** Why the last send did not succeed (retry) or why the server refused it (failed). */
  reason?: string;
  updatedAt: string;
}

export type NewSale<P = unknown> = { clientId: string; createdAt: string; payload: P };
export type SendResult = "ok" | { retry: true; reason: string } | { failed: true; reason: string };
export type Send<P = unknown> = (item: OutboxItem<P>) => Promise<SendResult>;

export interface OutboxStorage {
  /** Insert unless an item with this clientId exists; true when inserted. */
  putIfAbsent(item: OutboxItem): Promise<boolean>;
  put(item: OutboxItem): Promise<void>;
  get(clientId: string): Promise<OutboxItem | undefined>;
  list(): Promise<OutboxItem[]>;
  delete(clientId: string): Promise<void>;
}

/** Runs fn only if nobody else (another tab) is flushing; otherwise resolves at once. */
export type FlushLock = <T>(fn: () => Promise<T>) => Promise<{ acquired: true; value: T } | { acquired: false }>;

export interface FlushReport {
  /** Another flush held the lock: nothing was sent by this call. */
  skipped: boolean;
  sent: string[];
  failed: { clientId: string; reason: string }[];
  /** The retryable failure that stopped this flush, if any. */
  stoppedOn?: { clientId: string; reason: string };
  /** Items still pending afterwards. */
  remaining: number;
}

export const bySendOrder = (a: OutboxItem, b: OutboxItem) =>
  a.createdAt < b.createdAt
    ? -1
    : a.createdAt > b.createdAt
      ? 1
      : a.clientId < b.clientId
        ? -1
        : a.clientId > b.clientId
          ? 1
          : 0;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)) || "network error";

export function createOutbox<P = unknown>(
  storage: OutboxStorage,
  opts: { lock: FlushLock; onChange?: () => void; now?: () => Date },
) {
  const now = () => (opts.now ? opts.now() : new Date()).toISOString();
  const changed = () => opts.onChange?.();
  const listStatus = async (status: OutboxStatus) =>
    (await storage.list()).filter((i) => i.status === status).sort(bySendOrder) as OutboxItem<P>[];

  async function update(clientId: string, patch: Partial<OutboxItem>) {
    const item = await storage.get(clientId);
    if (!item) return false;
    await storage.put({ ...item, ...patch, updatedAt: now() });
    changed();
    return true;
  }

  async function enqueue(sale: NewSale<P>) {
    if (!sale.clientId || !sale.createdAt) throw new Error("a queued sale needs a clientId and a createdAt");
    const inserted = await storage.putIfAbsent({ ...sale, status: "pending", attempts: 0, updatedAt: now() });
    if (inserted) changed();
    return inserted;
  }

  async function count() {
    const items = await storage.list();
    const pending = items.filter((i) => i.status === "pending").length;
    return { pending, failed: items.length - pending };
  }

  async function flush(send: Send<P>): Promise<FlushReport> {
    const run = await opts.lock(async () => {
      const report: FlushReport = { skipped: false, sent: [], failed: [], remaining: 0 };
      // Batches: sales queued while flushing are picked up by the next round.
      outer: for (;;) {
        const batch = await listStatus("pending");
        if (batch.length === 0) break;
        for (const queued of batch) {
          const item = (await storage.get(queued.clientId)) as OutboxItem<P> | undefined;
          if (!item || item.status !== "pending") continue; // removed or set aside meanwhile
          let result: SendResult;
          try {
            result = await send(item);
          } catch (e) {
            result = { retry: true, reason: errorText(e) };
          }
          if (result === "ok") {
            await storage.delete(item.clientId);
            report.sent.push(item.clientId);
            changed();
          } else if (typeof result === "object" && result !== null && "failed" in result && result.failed) {
            await update(item.clientId, { status: "failed", attempts: item.attempts + 1, reason: result.reason });
            report.failed.push({ clientId: item.clientId, reason: result.reason });
          } else {
            // A retry, or an answer we do not understand: keep the sale and stop, so later
            // sales never overtake it on the server.
            const reason =
              typeof result === "object" && result !== null && "reason" in result
                ? String(result.reason)
                : "unexpected answer";
            await update(item.clientId, { attempts: item.attempts + 1, reason });
            report.stoppedOn = { clientId: item.clientId, reason };
            break outer;
          }
        }
      }
      report.remaining = (await count()).pending;
      return report;
    });
    if (run.acquired) return run.value;
    return { skipped: true, sent: [], failed: [], remaining: (await count()).pending };
  }

  return {
    enqueue,
    count,
    flush,
    pending: () => listStatus("pending"),
    failed: () => listStatus("failed"),
    markFailed: (clientId: string, reason: string) => update(clientId, { status: "failed", reason }),
    retry: (clientId: string) => update(clientId, { status: "pending" }),
    remove: async (clientId: string) => {
      await storage.delete(clientId);
      changed();
    },
    exportJson: async () => JSON.stringify((await storage.list()).sort(bySendOrder), null, 2),
  };
}

export type Outbox<P = unknown> = ReturnType<typeof createOutbox<P>>;

/** In-memory storage: for tests, and a fallback where IndexedDB is unavailable. */
export function memoryOutboxStorage(): OutboxStorage {
  const items = new Map<string, OutboxItem>();
  const copy = <T>(v: T): T => structuredClone(v); // like IndexedDB, never share objects
  return {
    putIfAbsent: async (item) => (items.has(item.clientId) ? false : (items.set(item.clientId, copy(item)), true)),
    put: async (item) => void items.set(item.clientId, copy(item)),
    get: async (id) => (items.has(id) ? copy(items.get(id)) : undefined),
    list: async () => [...items.values()].map(copy),
    delete: async (id) => void items.delete(id),
  };
}
