// The customer's opt-in to push notifications (reminders, order status) on a device, and
// the opt-out. Called by the profile's server actions and /api/v1/push-subscriptions.
import "server-only";
import { removePushSubscription, savePushSubscription } from "@/lib/domain/push-subscriptions";
import { parseOrThrow } from "@/lib/validation/common";
import { pushEndpointInput, pushSubscriptionInput } from "@/lib/validation/reminders";

export async function subscribeToPush(actor: { userId: string }, raw: unknown) {
  return savePushSubscription(actor.userId, parseOrThrow(pushSubscriptionInput, raw));
}

export async function unsubscribeFromPush(actor: { userId: string }, raw: unknown) {
  return removePushSubscription(actor.userId, parseOrThrow(pushEndpointInput, raw).endpoint);
}
