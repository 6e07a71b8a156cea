"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { claimTabAction } from "@/app/customer/bills/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { failureText, keyText } from "./failure";

/**
 * "Have a code from a shop?": a shop that kept a tab for this person before they joined hands
 * them a one-time code; entering it adds that tab to their bills. Folded away by default:
 * most visits are about paying, not claiming.
 */
export function ClaimCodeForm() {
  const t = useTranslations("bills.claim");
  const te = useTranslations("bills.errors");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    start(async () => {
      try {
        const res = await claimTabAction({ code });
        if (!res.ok) return setError(keyText(tv, te, res.fields?.code) ?? failureText(tv, te, res));
        setDone(t("done", { shop: res.shopName }));
        setCode("");
        router.refresh();
      } catch {
        setError(te("generic"));
      }
    });
  };

  return (
    <details className="rounded-xl bg-white p-4 ring-1 ring-stone-200" data-testid="claim-code">
      <summary className="cursor-pointer font-medium text-brand-700">{t("title")}</summary>
      <form onSubmit={submit} noValidate className="mt-3 flex flex-col gap-3">
        <p className="text-sm text-stone-600">{t("intro")}</p>
        <Field
          name="code"
          label={t("label")}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          placeholder={t("placeholder")}
          error={error ?? undefined}
          className="font-mono"
        />
        {done ? (
          <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
            {done}
          </p>
        ) : null}
        <Button type="submit" disabled={pending || code.trim().length < 8}>
          {pending ? t("busy") : t("submit")}
        </Button>
      </form>
    </details>
  );
}
