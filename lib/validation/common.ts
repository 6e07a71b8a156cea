// Shared zod 4 building blocks. Each message is a message key, translated under
// "validation" in messages/{en,hi}/validation.json (the API sends the English text).
import { z } from "zod";
import { DomainError, issuesToFields } from "@/lib/errors";
import { MAX_QUANTITY } from "@/lib/limits";
import { MAX_SALE_PAISE } from "@/lib/money";
import { toMilli } from "@/lib/quantity";
import { phoneSchema } from "./fields";

export const V = {
  amountInvalid: "amount_invalid",
  amountTooSmall: "amount_too_small",
  amountTooLarge: "amount_too_large",
  clientIdInvalid: "client_id_invalid",
  phoneInvalid: "phone_invalid",
  quantityInvalid: "quantity_invalid",
  quantityTooSmall: "quantity_too_small",
  quantityTooLarge: "quantity_too_large",
  quantityWhole: "quantity_whole",
  idInvalid: "id_invalid",
  nameRequired: "name_required",
  nameTooLong: "name_too_long",
  noteTooLong: "note_too_long",
  dateInvalid: "date_invalid",
} as const;

/** Integer paise, > 0 and <= MAX_SALE_PAISE. */
export const paise = z
  .number({ error: V.amountInvalid })
  .int({ error: V.amountInvalid })
  .min(1, { error: V.amountTooSmall })
  .max(MAX_SALE_PAISE, { error: V.amountTooLarge });

/** Integer paise where 0 is meaningful (e.g. a credit limit of nothing). */
export const paiseOrZero = z
  .number({ error: V.amountInvalid })
  .int({ error: V.amountInvalid })
  .min(0, { error: V.amountInvalid })
  .max(MAX_SALE_PAISE, { error: V.amountTooLarge });

/** The device-made UUID that makes a create idempotent. */
export const clientId = z.uuid({ error: V.clientIdInvalid });

/** cuid-ish primary key: short, URL-safe, nothing that could smuggle SQL or paths. */
export const entityId = z
  .string({ error: V.idInvalid })
  .min(1, { error: V.idInvalid })
  .max(64, { error: V.idInvalid })
  .regex(/^[A-Za-z0-9_-]+$/, { error: V.idInvalid });

/**
 * A line's quantity as a decimal: up to 3 decimals (0.250 kg). Whether a fraction is allowed
 * depends on the product's unit, which only the domain knows (PIECE/PACK/DOZEN: whole).
 */
export const quantity = z
  .number({ error: V.quantityInvalid })
  .min(0.001, { error: V.quantityTooSmall })
  .max(MAX_QUANTITY, { error: V.quantityTooLarge })
  .refine((q) => toMilli(q) !== null, { error: V.quantityInvalid });

export const indianMobile = phoneSchema;

export const personName = z
  .string({ error: V.nameRequired })
  .trim()
  .min(1, { error: V.nameRequired })
  .max(80, { error: V.nameTooLong });

export const note = z.string().trim().max(200, { error: V.noteTooLong });

/** A Date, or anything `new Date()` understands (ISO strings from JSON and forms). */
export const dateLike = z.coerce.date({ error: V.dateInvalid });

/** Optional, with "" and null (an unset form field or query param) read as absent. */
export const optionalField = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/**
 * Parse at the domain boundary too: server actions and the API parse first for field
 * errors, but a rule must hold whoever calls it. A failure becomes DomainError invalid_input.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw new DomainError("invalid_input", r.error.issues[0]?.message ?? "Invalid input", issuesToFields(r.error.issues));
}
