"use client";
// What the settings forms (profile, GST, UPI) share: send, keep the answer, translate each
// field's message key (describeFailure), re-render the page on success. Inputs stay
// uncontrolled and the form is not reset, so what was typed stays after an error.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Failure } from "@/lib/errors";
import type { SettingsFormResult } from "@/lib/form-results";
import { describeFailure } from "@/lib/i18n/describe-failure";

/** The answer, or a failure that never reached the server (offline, a 500 page). */
export type SettingsFormState = SettingsFormResult | Failure<"network">;
const NETWORK: Failure<"network"> = { ok: false, code: "network", message: "failed" };

export function useSettingsForm() {
  const tv = useTranslations("validation");
  const router = useRouter();
  const [result, setResult] = useState<SettingsFormState | null>(null);
  const [pending, startTransition] = useTransition();
  const fields = result && !result.ok ? describeFailure(tv, tv, result).fields : {};

  function run(send: () => Promise<SettingsFormResult>, onSaved?: () => void) {
    startTransition(async () => {
      try {
        const res = await send();
        setResult(res);
        if (res.ok) {
          onSaved?.();
          router.refresh();
        }
      } catch {
        setResult(NETWORK);
      }
    });
  }

  return {
    pending,
    /** For FormStatus: nothing while a save is on its way. */
    status: pending ? null : result,
    err: (name: string): string | undefined => fields[name],
    clear: () => setResult(null),
    run,
    /** `<form onSubmit={submitTo(action)}>`: the form's own fields, without the browser's submit. */
    submitTo: (action: (form: FormData) => Promise<SettingsFormResult>) => (e: React.FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const form = new FormData(e.currentTarget);
      run(() => action(form));
    },
  };
}
