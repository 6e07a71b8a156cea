// What server actions hand back to their forms, across the app. `message` is English
// (logs, API parity); the UI picks translated text by `code`, `fields` (validation message
// keys) and `details` (e.g. { duePaise }).
import type { z } from "zod";
import { DomainError, type DomainErrorCode } from "@/lib/domain/errors";
import { fieldErrors } from "@/lib/validation/fields";

export type ActionFailure = {
  ok: false;
  code: DomainErrorCode;
  message: string;
  fields?: Record<string, string>;
  details?: Record<string, unknown>;
};
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export function invalidInput(error: z.ZodError): ActionFailure {
  return { ok: false, code: "invalid_input", message: "Invalid input", fields: fieldErrors(error) };
}

/** Expected failures become typed state; anything else is logged with context and rethrown. */
export function toFailure(err: unknown, context: string): ActionFailure {
  if (err instanceof DomainError) {
    return { ok: false, code: err.code, message: err.message, fields: err.fields, details: err.details };
  }
  console.error(`[${context}] failed`, err);
  throw err;
}
