// What some forms get back from their server action or route, as types only, so a component
// never imports a type from a route folder.
import type { ActionFailure as AdminFailure } from "@/lib/domain/admin";
import type { ImportPreview, ImportResult } from "@/lib/domain/product-import";

/** The settings forms: field errors are validation message keys. */
export type SettingsFormResult =
  | { ok: true; changed: string[] }
  | { ok: false; fieldErrors: Record<string, string>; message?: "signed_out" | "forbidden" | "failed" };

/** What the product import endpoint answers; `code` picks the translated message on the page. */
export type ImportResponse =
  | { ok: true; mode: "preview"; preview: ImportPreview }
  | { ok: true; mode: "apply"; result: ImportResult }
  | { ok: false; code: string; details?: Record<string, unknown> };

/** The admin's shop form: a failure echoes what was typed (React resets the form after an action). */
export type ShopFormState = { ok: true; changed: number } | (AdminFailure & { values: Record<string, string> }) | null;
