// What server actions hand back to their forms, across the app: the one failure shape of
// lib/errors.ts. `message` is English (logs, API parity); the UI translates with
// describeFailure (code, `fields` of message keys, `details`).
import type { z } from "zod";
import { DomainError, failureOf, issuesToFields, type ActionFailure } from "@/lib/errors";

export type { ActionFailure, ActionResult } from "@/lib/errors";

export function invalidInput(error: z.ZodError): ActionFailure {
  return { ok: false, code: "invalid_input", message: "Invalid input", fields: issuesToFields(error.issues) };
}

/** Expected failures become typed state; anything else is logged with context and rethrown. */
export function toFailure(err: unknown, context: string): ActionFailure {
  if (err instanceof DomainError) return failureOf(err);
  console.error(`[${context}] failed`, err);
  throw err;
}
