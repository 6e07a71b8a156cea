// Due reminders, push subscriptions and the customer's data requests (DPDP).
import { z } from "zod";
import { entityId } from "./common";

export const remindInput = z.object({ customerId: entityId });
/** Bulk: every tab whose oldest unpaid bill is older than this many days (default 30). */
export const bulkRemindInput = z.object({ olderThanDays: z.number().int().min(0).max(3650).default(30) });
export const doNotRemindInput = z.object({ customerId: entityId, doNotRemind: z.boolean() });

const b64url = z
  .string()
  .min(16)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+=*$/, { error: "invalid" });
/** What PushSubscription.toJSON() gives in the browser. Push services speak https only. */
export const pushSubscriptionInput = z.object({
  endpoint: z.url({ protocol: /^https$/, error: "invalid" }).max(1000),
  keys: z.object({ p256dh: b64url, auth: b64url }),
});
export const pushEndpointInput = z.object({ endpoint: z.string().min(1).max(1000) });

export const tabDeletionInput = z.object({ customerId: entityId });
export const deletionRequestIdInput = z.object({ requestId: entityId });

export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;
