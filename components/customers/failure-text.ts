// Translated text for an action's failure, by describeFailure's rules (lib/i18n).
import { codeText, keyText, type Translator } from "@/lib/i18n/describe-failure";
import type { ActionFailure } from "@/lib/errors";

export const fieldText = (tv: Translator, key: string | undefined): string | undefined => keyText(tv, null, key);

/** `te` is a namespace with one key per error code and a "generic" fallback. */
export const failureText = (te: Translator, f: Pick<ActionFailure, "code">): string => codeText(te, f);
