// Web Push: notifications to a customer's installed app (reminders, order status), signed
// with the shop-wide VAPID keys and encrypted per subscription by the `web-push` library.
// Keys come from the environment: VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY, generated once into
// .data/ by scripts/run.ts like AUTH_SECRET. Without them push is off (nothing is sent).
// A notification is a convenience: failures are logged and swallowed, never fail the write.
import "server-only";
import fs from "node:fs";
import https from "node:https";
import webpush from "web-push";
import { db } from "@/lib/db";

export type PushPayload = { title: string; body: string; url: string; tag?: string };

export function vapidPublicKey(): string | null {
  return process.env.VAPID_PUBLIC_KEY || null;
}

function vapid() {
  const publicKey = process.env.VAPID_PUBLIC_KEY;
  const privateKey = process.env.VAPID_PRIVATE_KEY;
  if (!publicKey || !privateKey) return null;
  return { subject: process.env.VAPID_SUBJECT || "mailto:support@graminstore.in", publicKey, privateKey };
}

// Tests run a push service on localhost with their own certificate (PUSH_TEST_CA: a PEM
// file). It is trusted for localhost endpoints only; every other endpoint uses the system CAs.
function agentFor(endpoint: string): https.Agent | undefined {
  const ca = process.env.PUSH_TEST_CA;
  if (!ca) return undefined;
  const host = new URL(endpoint).hostname;
  if (host !== "localhost" && host !== "127.0.0.1") return undefined;
  return new https.Agent({ ca: fs.readFileSync(ca) });
}

/** Sends to every device of the user; drops subscriptions the push service says are gone. Returns how many accepted. */
export async function pushToUser(userId: string, payload: PushPayload): Promise<number> {
  const keys = vapid();
  if (!keys) return 0;
  const subs = await db.pushSubscription.findMany({
    where: { userId },
    select: { id: true, endpoint: true, p256dh: true, auth: true },
  });
  let delivered = 0;
  await Promise.all(
    subs.map(async (s) => {
      try {
        await webpush.sendNotification(
          { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } },
          JSON.stringify(payload),
          { vapidDetails: keys, TTL: 24 * 3600, urgency: "normal", timeout: 5_000, agent: agentFor(s.endpoint) },
        );
        delivered++;
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        // 404 / 410: the browser unsubscribed or the subscription expired: forget it.
        if (status === 404 || status === 410) await db.pushSubscription.deleteMany({ where: { id: s.id } });
        else console.error("[push] send failed", { userId, status }, err);
      }
    }),
  );
  return delivered;
}
