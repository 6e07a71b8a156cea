// Translated text for an action's failure: the code picks the sentence, a field's validation
// key (from zod) picks the field's message. English `message` from the server is never shown.
import type { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/action-result";

type T = ReturnType<typeof useTranslations>;

export function fieldText(tv: T, key: string | undefined): string | undefined {
  return key && tv.has(key) ? tv(key) : undefined;
}

/** `te` is a namespace with one key per error code and a "generic" fallback. */
export function failureText(te: T, f: Pick<ActionFailure, "code">): string {
  return te.has(f.code) ? te(f.code) : te("generic");
}
