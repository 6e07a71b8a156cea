// A device's Web Push subscription, kept per user. A device that signs in as someone else
// moves to that user (the endpoint is the device's, unique), so it never gets another
// person's reminders.
import "server-only";
import { db } from "@/lib/db";
import type { PushSubscriptionInput } from "@/lib/validation/reminders";

export async function savePushSubscription(userId: string, s: PushSubscriptionInput): Promise<{ id: string }> {
  return db.pushSubscription.upsert({
    where: { endpoint: s.endpoint },
    create: { userId, endpoint: s.endpoint, p256dh: s.keys.p256dh, auth: s.keys.auth },
    update: { userId, p256dh: s.keys.p256dh, auth: s.keys.auth },
    select: { id: true },
  });
}

/** Only the caller's own subscription is removed; idempotent. */
export async function removePushSubscription(userId: string, endpoint: string): Promise<{ removed: number }> {
  const r = await db.pushSubscription.deleteMany({ where: { userId, endpoint } });
  return { removed: r.count };
}
