// Schemas for customer orders: checkout and the merchant's status changes.
import { z } from "zod";
import { clientId, entityId, quantity } from "./common";

export const O = {
  emptyCart: "order_empty_cart",
  tooManyItems: "order_too_many_items",
  methodInvalid: "order_method_invalid",
  statusInvalid: "order_status_invalid",
  noteTooLong: "order_note_too_long",
  reasonTooLong: "order_reason_too_long",
} as const;

export const MAX_ORDER_LINES = 100;
/** CREDIT = pay later: the bill goes on the customer's tab at this shop. */
export const ORDER_PAYMENT_METHODS = ["CASH", "CARD", "UPI", "CREDIT"] as const;
export const ORDER_STATUS_TARGETS = ["ACCEPTED", "READY", "COMPLETED", "CANCELLED"] as const;
/** A move a shop can make on an order (a button on its card). */
export type OrderMove = (typeof ORDER_STATUS_TARGETS)[number];

export const placeOrderInput = z.object({
  shopId: entityId,
  items: z
    .array(z.object({ productId: entityId, quantity }))
    .min(1, { error: O.emptyCart })
    .max(MAX_ORDER_LINES, { error: O.tooManyItems }),
  paymentMethod: z.enum(ORDER_PAYMENT_METHODS, { error: O.methodInvalid }),
  clientId,
  note: z
    .string()
    .trim()
    .max(500, { error: O.noteTooLong })
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export const orderStatusChange = z.object({
  status: z.enum(ORDER_STATUS_TARGETS, { error: O.statusInvalid }),
  reason: z
    .string()
    .trim()
    .max(200, { error: O.reasonTooLong })
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export type PlaceOrderInput = z.input<typeof placeOrderInput>;
export type OrderStatusChange = z.input<typeof orderStatusChange>;
