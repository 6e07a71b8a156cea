// What some forms get back from their server action or route, as types only, so a component
// never imports a type from a route folder.
// Failures are the one shape of lib/errors.ts (code + fields of message keys), read by describeFailure.
import type { ImportPreview, ImportResult } from "@/lib/domain/product-import";
import type { ActionFailure, ActionResult, Failure } from "@/lib/errors";

/** The settings forms (the shop's profile, GST and UPI): what changed, or the one failure shape. */
export type SettingsFormResult = ActionResult<{ changed: string[] }>;

/** What the product import endpoint answers; `code` picks the translated message on the page. */
export type ImportResponse =
  | { ok: true; mode: "preview"; preview: ImportPreview }
  | { ok: true; mode: "apply"; result: ImportResult }
  // Besides the domain's codes: too_large (413) and generic (500).
  | Failure<string>;

/** The admin's shop form: a failure echoes what was typed (React resets the form after an action). */
export type ShopFormState = { ok: true; changed: number } | (ActionFailure & { values: Record<string, string> }) | null;
