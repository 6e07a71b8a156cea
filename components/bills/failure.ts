// Translated text for a failed customer-side action. A field's message key is looked up in
// the shared "validation" catalog first, then in this screen's own "errors"; the error code
// picks the sentence otherwise. The server's English message is never shown.
import type { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/action-result";

type T = ReturnType<typeof useTranslations>;

export function keyText(tv: T, te: T, key: string | undefined, values?: Record<string, string>): string | undefined {
  if (!key) return undefined;
  if (te.has(key)) return te(key, values);
  if (tv.has(key)) return tv(key);
  return undefined;
}

/** The first field message that can be translated, else the code's sentence, else "generic". */
export function failureText(
  tv: T,
  te: T,
  f: Pick<ActionFailure, "code" | "fields">,
  values?: Record<string, string>,
): string {
  for (const key of Object.values(f.fields ?? {})) {
    const text = keyText(tv, te, key, values);
    if (text) return text;
  }
  return te.has(f.code) ? te(f.code) : te("generic");
}

/** One message per failed field ("invalid" when a key has no text); `_form` the code's sentence when no field failed. */
export function fieldMessages(tv: T, te: T, f: Pick<ActionFailure, "code" | "fields">): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(f.fields ?? {})) out[field] = keyText(tv, te, key) ?? tv("invalid");
  if (!Object.keys(out).length) out._form = te.has(f.code) ? te(f.code) : te("generic");
  return out;
}
