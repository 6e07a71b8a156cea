// Shared zod 4 building blocks. Each message is a message key, translated under
// "validation" in messages/{en,hi}/validation.json (the API sends the English text).
import { z } from "zod";
import { DomainError, issuesToFields } from "@/lib/errors";
import { MAX_QUANTITY } from "@/lib/limits";
import { MAX_SALE_PAISE } from "@/lib/money";
import { normalizePhone, phoneSchema } from "./fields";

export const V = {
  amountInvalid: "amount_invalid",
  amountTooSmall: "amount_too_small",
  amountTooLarge: "amount_too_large",
  clientIdInvalid: "client_id_invalid",
  phoneInvalid: "phone_invalid",
  quantityInvalid: "quantity_invalid",
  quantityTooSmall: "quantity_too_small",
  quantityTooLarge: "quantity_too_large",
  idInvalid: "id_invalid",
  nameRequired: "name_required",
  nameTooLong: "name_too_long",
  noteTooLong: "note_too_long",
  dateInvalid: "date_invalid",
} as const;
export type ValidationMessageKey = keyof typeof V;

export { MAX_QUANTITY };

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

export const quantity = z
  .number({ error: V.quantityInvalid })
  .int({ error: V.quantityInvalid })
  .min(1, { error: V.quantityTooSmall })
  .max(MAX_QUANTITY, { error: V.quantityTooLarge });

/**
 * "+91 98765 43210", "098765-43210", "9876543210" -> "9876543210"; null when it is not an
 * Indian mobile. One phone rule for the whole app: the same normaliser as sign-up, so a
 * tab's phone matches the account that later claims it.
 */
export const normalizeIndianMobile = normalizePhone;

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
