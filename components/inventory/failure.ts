// Translated text for a failed inventory action. Zod field errors carry validation message
// keys; the domain's own field errors are English (for the API), so they are recognised by
// the error code and details and replaced with a sentence from the "inventory.errors" catalog.
import type { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/action-result";

type T = ReturnType<typeof useTranslations>;
const KEY = /^[a-z][a-z0-9_]*$/;

export type FailureView = { message: string; fields: Record<string, string> };

function fieldMessage(te: T, tv: T, f: ActionFailure, field: string, value: string): string {
  if (KEY.test(value) && tv.has(value)) return tv(value);
  const d = (f.details ?? {}) as { field?: string; code?: string; available?: number };
  if (f.code === "duplicate")
    return te(field === "barcode" ? "duplicateBarcode" : field === "name" ? "duplicateCategory" : "duplicateSku");
  if (field === "category") return te("categoryUnknown");
  if (field === "delta" && typeof d.available === "number") return te("belowZero", { available: d.available });
  return te("invalidField");
}

export function inventoryFailure(te: T, tv: T, f: ActionFailure): FailureView {
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(f.fields ?? {})) fields[k] = fieldMessage(te, tv, f, k, v);
  const d = (f.details ?? {}) as { field?: string };
  // A duplicate raced past the pre-check has no field: say which one from the details.
  if (f.code === "duplicate" && !Object.keys(fields).length && d.field)
    fields[d.field] = fieldMessage(te, tv, f, d.field, "");
  const message = Object.keys(fields).some((k) => k !== "_form")
    ? te("fixFields")
    : (fields._form ?? (te.has(f.code) ? te(f.code) : te("generic")));
  return { message, fields };
}
