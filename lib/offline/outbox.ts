// The app's offline sales queue: outbox-queue.ts bound to IndexedDB (store "outbox"), a
// cross-tab flush lock, and change notifications for every tab's banner. Browser only.
//
//   import { enqueue, flush, count, pending, failed, markFailed, retry, remove, exportJson,
//            subscribeOutbox } from "@/lib/offline/outbox";
//   await enqueue({ clientId: crypto.randomUUID(), createdAt: new Date().toISOString(), payload })
//     → resolves only after the IndexedDB transaction commits: show "saved" then, not before.
//   await flush(async (item) => { ... POST item.payload with item.clientId ...
//       return "ok" | { retry: true, reason } | { failed: true, reason } })
//     → sends oldest first, one at a time; stops on a retry; one tab at a time (Web Locks).
//   subscribeOutbox(() => refresh()) → called after any change, in this tab or another.
// The hooks in use-outbox.ts wrap these for React (live counts, automatic flushing).
import { browserFlushLock } from "./flush-lock";
import { transaction } from "./idb";
import {
  createOutbox,
  type NewSale,
  type Outbox,
  type OutboxItem,
  type OutboxStorage,
  type Send,
} from "./outbox-queue";

export type { FlushReport, NewSale, OutboxItem, Send, SendResult } from "./outbox-queue";

const CHANNEL = "gs-outbox";
const local = typeof EventTarget !== "undefined" ? new EventTarget() : null;
let channel: BroadcastChannel | null = null;
const getChannel = () => {
  if (!channel && typeof BroadcastChannel !== "undefined") channel = new BroadcastChannel(CHANNEL);
  return channel;
};

function notify() {
  local?.dispatchEvent(new Event("change"));
  getChannel()?.postMessage("change");
}

/** Listen for queue changes in this tab and in the app's other tabs; returns unsubscribe. */
export function subscribeOutbox(listener: () => void): () => void {
  const ch = getChannel();
  local?.addEventListener("change", listener);
  ch?.addEventListener("message", listener);
  return () => {
    local?.removeEventListener("change", listener);
    ch?.removeEventListener("message", listener);
  };
}

export const idbOutboxStorage: OutboxStorage = {
  putIfAbsent: (item) =>
    transaction<boolean>("outbox", "readwrite", (tx, done) => {
      const store = tx.objectStore("outbox");
      const existing = store.getKey(item.clientId);
      existing.onsuccess = () => {
        if (existing.result !== undefined) return done(false);
        store.add(item);
        done(true);
      };
    }),
  put: (item) => transaction("outbox", "readwrite", (tx) => void tx.objectStore("outbox").put(item)),
  get: (clientId) =>
    transaction<OutboxItem | undefined>("outbox", "readonly", (tx, done) => {
      const req = tx.objectStore("outbox").get(clientId);
      req.onsuccess = () => done(req.result as OutboxItem | undefined);
    }),
  list: () =>
    transaction<OutboxItem[]>("outbox", "readonly", (tx, done) => {
      const req = tx.objectStore("outbox").index("createdAt").getAll();
      req.onsuccess = () => done(req.result as OutboxItem[]);
    }),
  delete: (clientId) => transaction("outbox", "readwrite", (tx) => void tx.objectStore("outbox").delete(clientId)),
};

let outbox: Outbox | null = null;
const get = () => (outbox ??= createOutbox(idbOutboxStorage, { lock: browserFlushLock(), onChange: notify }));

export const enqueue = <P>(sale: NewSale<P>) => get().enqueue(sale);
export const flush = <P>(send: Send<P>) => get().flush(send as Send);
export const count = () => get().count();
export const pending = () => get().pending();
export const failed = () => get().failed();
export const retry = (clientId: string) => get().retry(clientId);
export const exportJson = () => get().exportJson();

/** Sales not on the server yet (waiting + refused): what sign-out must not lose. 0 if IndexedDB is unusable. */
export async function unsyncedCount(): Promise<number> {
  try {
    const c = await count();
    return c.pending + c.failed;
  } catch {
    return 0;
  }
}
