// Schemas for the counter POS and the credit tabs (khata). Domain functions parse with these
// again, so a rule holds for every caller (server action, /api/v1, tests).
import { z } from "zod";
import {
  clientId,
  dateLike,
  entityId,
  indianMobile,
  note,
  optionalField,
  paise,
  paiseOrZero,
  personName,
  quantity,
} from "./common";
import { GST_STATES } from "@/lib/gst/states";
import { gstinSchema } from "./fields";

export const S = {
  itemsOrAmount: "sale_items_or_amount",
  creditNeedsCustomer: "sale_credit_needs_customer",
  oneCustomer: "sale_one_customer",
  tooManyItems: "sale_too_many_items",
  futureDate: "sale_future_date",
  tooOld: "sale_too_old",
  reasonRequired: "sale_reason_required",
  rangeInvalid: "sale_range_invalid",
} as const;

/** Allowed clock skew of a device, and how late an offline sale may still be synced. */
export const MAX_FUTURE_SKEW_MS = 5 * 60_000;
export const MAX_OFFLINE_AGE_MS = 30 * 24 * 3_600_000;
export const MAX_SALE_LINES = 200;

export const saleMethod = z.enum(["CASH", "CARD", "UPI", "CREDIT"]);
export const paymentMethod = z.enum(["CASH", "CARD", "UPI"]);
export const transactionType = z.enum(["SALE", "CREDIT_SALE", "PAYMENT", "VOID"]);

export const customerQuickAdd = z.object({
  name: personName,
  /** Optional: a tab can be opened for someone without a phone; then no find-by-phone. */
  phone: indianMobile.optional(),
});

/** A discount: percent (up to 2 decimals) or an amount in paise. It reduces the taxable value. */
export const discountInput = z.union(
  [
    z.object({
      percent: z
        .number({ error: "discount_invalid" })
        .min(0, { error: "discount_invalid" })
        .max(100, { error: "discount_invalid" })
        .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-9, { error: "discount_invalid" }),
    }),
    z.object({ amountPaise: paise }),
  ],
  { error: "discount_invalid" },
);

/**
 * The buyer named on the bill. With a GSTIN: a registered buyer (B2B); their GSTIN's state is
 * the place of supply, so another state's GSTIN means IGST. Without one: an unregistered buyer,
 * and `state` is the place of supply only when the goods are delivered to another state (a
 * counter sale is supplied in the shop's state, whoever buys): then IGST, and above
 * ₹1,00,000 the bill is B2C-large in GSTR-1.
 */
export const buyerInput = z
  .object({
    gstin: gstinSchema.optional(),
    name: personName,
    address: z.string().trim().max(200).nullish(),
    state: z
      .string()
      .trim()
      .refine((c) => c in GST_STATES, { error: "state_code_invalid" })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.gstin && v.state && v.gstin.slice(0, 2) !== v.state)
      ctx.addIssue({ code: "custom", path: ["state"], message: "buyer_state_mismatch" });
  });

// permission: discount_over_limit (the counter issue's staff permissions decide who may give how much)
export const saleItem = z.object({ productId: entityId, quantity, discount: discountInput.optional() });

export const saleInput = z
  .object({
    clientId,
    method: saleMethod,
    /** Calculator amount: becomes a "Custom amount" line added to the items' total. */
    amountPaise: paise.optional(),
    items: z.array(saleItem).max(MAX_SALE_LINES, { error: S.tooManyItems }).optional(),
    customerId: entityId.optional(),
    newCustomer: customerQuickAdd.optional(),
    note: note.optional(),
    occurredAt: dateLike.optional(),
    offline: z.boolean().optional().default(false),
    /** Sell past the recorded stock (the shop must allow it): flagged for review, not refused. */
    allowShortStock: z.boolean().optional().default(false),
    /** Pay later over the credit limit, once: needs allow_over_credit_limit; audited. */
    allowOverLimit: z.boolean().optional().default(false),
    /** The drawer shift the device sold in (offline sales carry theirs); else the open one. */
    shiftId: entityId.optional(),
    /** On the whole bill, shared over the lines in proportion. */
    discount: discountInput.optional(),
    buyer: buyerInput.optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.items?.length && v.amountPaise === undefined)
      ctx.addIssue({ code: "custom", path: ["amountPaise"], message: S.itemsOrAmount });
    if (v.customerId && v.newCustomer) ctx.addIssue({ code: "custom", path: ["customer"], message: S.oneCustomer });
    if (v.method === "CREDIT" && !v.customerId && !v.newCustomer)
      ctx.addIssue({ code: "custom", path: ["customer"], message: S.creditNeedsCustomer });
    if (v.occurredAt) {
      const now = Date.now();
      if (v.occurredAt.getTime() > now + MAX_FUTURE_SKEW_MS)
        ctx.addIssue({ code: "custom", path: ["occurredAt"], message: S.futureDate });
      if (v.occurredAt.getTime() < now - MAX_OFFLINE_AGE_MS)
        ctx.addIssue({ code: "custom", path: ["occurredAt"], message: S.tooOld });
    }
  });

export const paymentInput = z.object({
  customerId: entityId,
  amountPaise: paise,
  method: paymentMethod,
  clientId,
  note: note.optional(),
});

export const voidInput = z.object({
  saleId: entityId,
  reason: z.string({ error: S.reasonRequired }).trim().min(1, { error: S.reasonRequired }).max(200),
  clientId,
});

export const creditLimitInput = z.object({
  customerId: entityId,
  /** null removes the limit; 0 means "no credit at all". */
  limitPaise: paiseOrZero.nullable(),
});

export const salesFilter = z
  .object({
    /** Inclusive lower bound on occurredAt. */
    from: optionalField(dateLike),
    /** Exclusive upper bound on occurredAt. */
    to: optionalField(dateLike),
    method: optionalField(saleMethod),
    customerId: optionalField(entityId),
    /** Who rang the sales up (owner or staff user id). */
    createdById: optionalField(entityId),
    /** Without a type the history shows sales (SALE + CREDIT_SALE); voids appear as a flag. */
    type: optionalField(transactionType),
    q: optionalField(z.string().trim().max(80)),
    /** Opaque keyset cursor from a previous page's nextCursor; wins over `page`. */
    cursor: optionalField(z.string().max(200)),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((v) => !v.from || !v.to || v.from < v.to, { path: ["to"], error: S.rangeInvalid });

export const customerListInput = z.object({
  q: optionalField(z.string().trim().max(80)),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  sort: z.enum(["name", "due", "recent"]).default("name"),
});

export type SaleInput = z.infer<typeof saleInput>;
export type SaleInputRaw = z.input<typeof saleInput>;
export type PaymentInputRaw = z.input<typeof paymentInput>;
export type VoidInputRaw = z.input<typeof voidInput>;
export type SalesFilter = z.infer<typeof salesFilter>;
export type SalesFilterRaw = z.input<typeof salesFilter>;
export type CustomerListInput = z.infer<typeof customerListInput>;
export type CustomerListInputRaw = z.input<typeof customerListInput>;
export type SaleMethod = z.infer<typeof saleMethod>;
