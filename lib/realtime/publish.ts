// Announce a committed change to every app instance: pg_notify on the shared channel, which
// each instance's hub fans out to its open event streams. Call it AFTER the domain
// transaction commits (a NOTIFY inside a rolled-back transaction would never be sent, but
// one sent before commit could make a screen refresh before the row is visible).
//
//   const payment = await recordPayment(...);
//   await publishEvent({ type: "payment.created", merchantId, customerUserId, id: payment.id, data: { amountPaise } });
//
// The counter sale is the exception: its one-statement write (lib/domain/sale-write.ts) sends
// the same event with NOTIFY inside its own transaction, which PostgreSQL delivers at commit.
//
// Live updates are a convenience: a failure is logged and swallowed, never fails the write.
import { db } from "@/lib/db";
import { CHANNEL, type LiveEvent } from "@/lib/realtime/events";

/** PostgreSQL rejects NOTIFY payloads of 8000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7900;

export function serializeEvent(event: LiveEvent, now = new Date()): string {
  const full: LiveEvent = { ...event, customerUserId: event.customerUserId ?? null, at: event.at ?? now.toISOString() };
  const json = JSON.stringify(full);
  if (Buffer.byteLength(json, "utf8") <= MAX_PAYLOAD_BYTES) return json;
  // Too big: send who/what without the extras; screens re-read the row anyway.
  const { data: _dropped, ...slim } = full;
  return JSON.stringify({ ...slim, data: { truncated: true } });
}

export async function publishEvent(event: LiveEvent): Promise<void> {
  try {
    const payload = serializeEvent(event);
    await db.$executeRaw`select pg_notify(${CHANNEL}, ${payload})`;
  } catch (err) {
    console.error("[realtime] publish failed", { type: event.type, merchantId: event.merchantId, id: event.id }, err);
  }
}
