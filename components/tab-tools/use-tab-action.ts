"use client";
// One pending flag, one message and one error for a tab-tools button: every tool here is
// "call a server action, then refresh the page so the statement and due re-read".
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";

type T = ReturnType<typeof useTranslations>;

export function useTabAction() {
  const te = useTranslations("bills.tabTools.errors");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function run<R extends object>(
    call: () => Promise<ActionResult<R>>,
    onOk: (r: R) => void,
    explain?: (te: T, f: Exclude<ActionResult<R>, { ok: true }>) => string | null,
  ) {
    setError(null);
    start(async () => {
      try {
        const res = await call();
        if (!res.ok) {
          const special = explain?.(te, res);
          const fieldKey = Object.values(res.fields ?? {})[0];
          const field =
            fieldKey && te.has(fieldKey) ? te(fieldKey) : fieldKey && tv.has(fieldKey) ? tv(fieldKey) : null;
          setError(special ?? field ?? (te.has(res.code) ? te(res.code) : te("generic")));
          return;
        }
        onOk(res as R);
        router.refresh();
      } catch {
        setError(te("generic"));
      }
    });
  }
  return { pending, error, setError, run };
}
