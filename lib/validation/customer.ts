// Schemas for the customer's phone (bills, claims, disputes, expenses, history, profile) and
// the merchant's tab tools. Messages are keys: the shared ones live under "validation", the
// ones only these screens use are translated in bills.json / profile.json ("errors").
import { z } from "zod";
import { passwordSchema, registerCustomerSchema } from "./auth";
import { entityId, note, optionalField, paise } from "./common";

export const C = {
  codeInvalid: "claim_code_invalid",
  disputeNoteRequired: "dispute_note_required",
  rejectNoteRequired: "reject_note_required",
  currentPasswordWrong: "password_current_wrong",
  samePassword: "password_same",
  periodInvalid: "period_invalid",
} as const;

/** Claim codes use letters and digits that cannot be misread (no I, O, 0, 1). */
export const CLAIM_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const CLAIM_CODE_LENGTH = 8;

/** "abcd-efgh", " ABCD EFGH " -> "ABCDEFGH": people read codes aloud and type them loosely. */
export const normalizeClaimCode = (s: string) => s.toUpperCase().replace(/[\s-]/g, "");

export const claimCodeInput = z.object({
  code: z
    .string({ error: C.codeInvalid })
    .transform(normalizeClaimCode)
    .pipe(z.string().regex(new RegExp(`^[${CLAIM_CODE_ALPHABET}]{${CLAIM_CODE_LENGTH}}$`), { error: C.codeInvalid })),
});

/** "I have paid": what the customer says they sent; nothing is recorded until the shop confirms. */
export const paymentClaimInput = z.object({
  customerId: entityId,
  amountPaise: paise,
  note: optionalField(note),
});

export const disputeInput = z.object({
  transactionId: entityId,
  note: z
    .string({ error: C.disputeNoteRequired })
    .trim()
    .min(3, { error: C.disputeNoteRequired })
    .max(200, { error: "note_too_long" }),
});

export const claimIdInput = z.object({ claimId: entityId });
export const rejectClaimInput = z.object({
  claimId: entityId,
  note: z
    .string({ error: C.rejectNoteRequired })
    .trim()
    .min(1, { error: C.rejectNoteRequired })
    .max(200, { error: "note_too_long" }),
});
export const disputeIdInput = z.object({ disputeId: entityId });
export const customerIdInput = z.object({ customerId: entityId });
export const statementLinkInput = z.object({
  customerId: entityId,
  days: z.number().int().min(1).max(30).default(7),
});
export const linkIdInput = z.object({ linkId: entityId });

export const expensePeriod = z.enum(["week", "month"], { error: C.periodInvalid });
export const expensesQuery = z.object({ period: expensePeriod.default("week") });

/** Profile edits follow the sign-up rules exactly (one definition of a valid person). */
export const profileInput = registerCustomerSchema.omit({ password: true });

export const changePasswordInput = z
  .object({
    currentPassword: z.string({ error: "password_required" }).min(1, { error: "password_required" }).max(200),
    newPassword: passwordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ["newPassword"], error: C.samePassword });

const isoDay = z.iso.date({ error: "date_invalid" });
export const HISTORY_KINDS = ["all", "purchase", "credit", "payment", "void", "order"] as const;
export const historyFilter = z
  .object({
    /** The shop (Merchant id). */
    shop: optionalField(entityId),
    /** Inclusive calendar days in the customer's time zone. */
    from: optionalField(isoDay),
    to: optionalField(isoDay),
    kind: z.enum(HISTORY_KINDS).catch("all"),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], error: "sale_range_invalid" });

export type ClaimCodeInput = z.input<typeof claimCodeInput>;
export type PaymentClaimInput = z.input<typeof paymentClaimInput>;
export type DisputeInput = z.input<typeof disputeInput>;
export type ChangePasswordInput = z.input<typeof changePasswordInput>;
export type ExpensePeriod = z.infer<typeof expensePeriod>;
export type HistoryFilter = z.infer<typeof historyFilter>;
