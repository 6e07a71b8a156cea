// Translated text for a failed customer-side action: describeFailure (lib/i18n) read three
// ways by the bills screens.
import { codeText, describeFailure, keyText as keyTextOf, type Translator } from "@/lib/i18n/describe-failure";
import type { ActionFailure } from "@/lib/errors";

type T = Translator;

export const keyText = (tv: T, te: T, key: string | undefined, values?: Record<string, string>) =>
  keyTextOf(tv, te, key, values);

/** The first field message that can be translated, else the code's sentence, else "generic". */
export const failureText = (tv: T, te: T, f: Pick<ActionFailure, "code" | "fields">, values?: Record<string, string>) =>
  describeFailure(tv, te, f, values).message;

/** One message per failed field ("invalid" when a key has no text); `_form` the code's sentence when no field failed. */
export function fieldMessages(tv: T, te: T, f: Pick<ActionFailure, "code" | "fields">): Record<string, string> {
  const { fields } = describeFailure(tv, te, f);
  return Object.keys(fields).length ? fields : { _form: codeText(te, f) };
}
