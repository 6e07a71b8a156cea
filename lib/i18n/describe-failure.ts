// The one client-side translation of a failure ({ ok: false, code, fields, details }): a
// field's message key is looked up in the screen's own "errors" namespace first, then in the
// shared "validation" catalog; the code picks the sentence otherwise, then "generic". The
// server's English `message` is never shown.
import type { Failure } from "@/lib/errors";

/** A next-intl translator (useTranslations / getTranslations), as far as this needs it. */
export type Translator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};
export type FailureView = { message: string; fields: Record<string, string> };
type F = Pick<Failure<string>, "code"> & Partial<Pick<Failure<string>, "fields" | "details">>;

/** The text of one message key, or undefined when neither catalog has it. */
export function keyText(
  tv: Translator,
  te: Translator | null,
  key: string | undefined,
  values?: Record<string, string | number>,
): string | undefined {
  if (!key) return undefined;
  if (te?.has(key)) return te(key, values);
  if (tv.has(key)) return tv(key, values);
  return undefined;
}

/** The sentence of the failure's specific reason (details.reason) or of its code in `te`, else te("generic"). */
export function codeText(te: Translator, f: Pick<F, "code" | "details">): string {
  const reason = f.details?.reason;
  if (typeof reason === "string" && te.has(reason)) return te(reason);
  return te.has(f.code) ? te(f.code) : te("generic");
}

/**
 * Each failed field's text ("invalid" when its key has no text), and one message: the first
 * field text that could be translated, else the code's sentence.
 */
export function describeFailure(
  tv: Translator,
  te: Translator,
  f: F,
  values?: Record<string, string | number>,
): FailureView {
  const fields: Record<string, string> = {};
  let first: string | undefined;
  for (const [field, key] of Object.entries(f.fields ?? {})) {
    const text = keyText(tv, te, key, values);
    first ??= text;
    fields[field] = text ?? (tv.has("invalid") ? tv("invalid") : codeText(te, f));
  }
  return { message: first ?? codeText(te, f), fields };
}
