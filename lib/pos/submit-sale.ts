// The ONE way the counter sends a sale, online or not. The server actions are passed in
// (components/pos/sale-transport.ts binds them), so lib/ never imports app/.
//   online  → the server action (recordSaleAction), as before; its answer is the receipt or a
//             DomainError refusal, shown as is.
//   offline → navigator.onLine is false, or the request failed without an answer: the sale is
//             put in the IndexedDB outbox (offline: true, occurredAt: device time) and only
//             after that write commits does the screen say "saved" (a provisional receipt).
// Queued sales are later sent by sendQueuedSale through syncQueuedSaleAction (the same rule,
// without re-rendering the counter per sale); the server accepts each clientId once, so a
// replay, a second tab or a lost answer never duplicates.
import { enqueue, type OutboxItem, type SendResult } from "@/lib/offline/outbox";
import type {
  NetworkFailure,
  QueuedSale,
  SaleActionResult,
  SaleFailure,
  SalePayload,
  SubmitSaleResult,
  SyncResult,
} from "./sale-payload";

export type RecordSale = (payload: SalePayload) => Promise<SaleActionResult>;
export type SyncQueuedSale = (payload: SalePayload) => Promise<SyncResult>;

const isOffline = () => typeof navigator !== "undefined" && navigator.onLine === false;

async function queue(payload: SalePayload, cause: string): Promise<QueuedSale | NetworkFailure> {
  const now = new Date().toISOString();
  const queued: SalePayload = { ...payload, offline: true, occurredAt: payload.occurredAt ?? now };
  try {
    await enqueue({ clientId: payload.clientId, createdAt: now, payload: queued });
    return { ok: true, queued: true, payload: queued };
  } catch {
    // No IndexedDB (private mode, storage full): nothing is saved, so say so; Retry is safe.
    return { ok: false, code: "network", message: cause };
  }
}

export const submitSaleWith = (recordSaleAction: RecordSale) =>
  async function submitSale(payload: SalePayload): Promise<SubmitSaleResult> {
    if (isOffline()) return queue(payload, "Offline");
    try {
      return await recordSaleAction(payload);
    } catch (err) {
      // A failed fetch, a dropped connection or a server crash all look the same from here:
      // the sale may or may not have been saved; queueing the same clientId is safe either way.
      return queue(payload, err instanceof Error ? err.message : "Network error");
    }
  };

/** Codes that say "not now" (signed out, slowed down) rather than "never": keep the sale waiting. */
const RETRY_CODES = new Set(["unauthorized", "rate_limited"]);

/** The outbox's send (useAutoFlush): one queued sale through the sync action. */
export const sendQueuedSaleWith = (syncQueuedSaleAction: SyncQueuedSale) =>
  async function sendQueuedSale(item: OutboxItem<SalePayload>): Promise<SendResult> {
    try {
      const res = await syncQueuedSaleAction(item.payload);
      if (res.ok) return "ok";
      if (RETRY_CODES.has(res.code)) return { retry: true, reason: res.message };
      // The whole refusal, as JSON: the screen shows it translated (refusalOf + saleErrorMessage),
      // and the exported file keeps the server's own words.
      return {
        failed: true,
        reason: JSON.stringify({ code: res.code, message: res.message, fields: res.fields, details: res.details }),
      };
    } catch (err) {
      return { retry: true, reason: err instanceof Error ? err.message : "Network error" };
    }
  };

/** The refusal sendQueuedSale stored as an outbox item's reason, or null for other text. */
export function refusalOf(reason: string | undefined): SaleFailure | null {
  if (!reason?.startsWith("{")) return null;
  try {
    const r = JSON.parse(reason) as Partial<SaleFailure>;
    return typeof r.code === "string" && typeof r.message === "string"
      ? { ok: false, code: r.code, message: r.message, fields: r.fields, details: r.details }
      : null;
  } catch {
    return null;
  }
}
