// The live event: what a domain write announces, and who may hear it. Shared by the
// publisher (server), the hub (server) and the browser hook, so it imports nothing.

export type LiveEventType =
  | "sale.created"
  | "sale.voided"
  | "payment.created"
  | "order.created"
  | "order.updated"
  | "claim.created"
  | "claim.resolved"
  | "product.updated"
  | "customer.updated";

export type LiveEvent = {
  type: LiveEventType;
  /** The shop it happened at: its merchant's screens hear it. */
  merchantId: string;
  /** The customer user it concerns (their phone hears it), when there is one. */
  customerUserId?: string | null;
  /** The row that changed (sale, order, payment...). */
  id: string;
  /** Small extras for the screen (amountPaise, status...). Keep it tiny: NOTIFY caps at 8000 bytes. */
  data?: Record<string, unknown>;
  /** ISO 8601 UTC, set by publishEvent. */
  at?: string;
};

export const CHANNEL = "gramin_events";

/** The hub's audience keys: `m:<merchantId>` for the shop, `u:<userId>` for a customer. */
export const merchantAudience = (merchantId: string) => `m:${merchantId}`;
export const userAudience = (userId: string) => `u:${userId}`;

export function audiencesOf(e: Pick<LiveEvent, "merchantId" | "customerUserId">): string[] {
  return e.customerUserId
    ? [merchantAudience(e.merchantId), userAudience(e.customerUserId)]
    : [merchantAudience(e.merchantId)];
}
