// Returning goods against a sale: which products, how many, and where the money goes.
import { z } from "zod";
import { clientId, entityId, note, quantity } from "./common";

export const REFUNDS = ["cash", "upi", "card", "tab"] as const;

export const returnInput = z.object({
  clientId,
  items: z
    .array(z.object({ productId: entityId, quantity }))
    .min(1, { error: "return_nothing" })
    .max(200)
    .refine((items) => new Set(items.map((i) => i.productId)).size === items.length, {
      error: "return_duplicate_item",
    }),
  refund: z.enum(REFUNDS, { error: "invalid" }),
  note: note.optional(),
});

export type ReturnInputRaw = z.input<typeof returnInput>;
