"use client";
// "Ask the shop to delete this tab": a request the shop carries out. A tab with bills is
// anonymised (GST law keeps bills), one without is deleted; the customer is told which.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { askToDeleteTabAction } from "@/app/customer/bills/deletion-actions";
import { Button } from "@/components/ui/button";

export function AskDeleteTab({ customerId, requested }: { customerId: string; requested: boolean }) {
  const t = useTranslations("profile.privacy");
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(requested);
  const [error, setError] = useState(false);
  const [pending, start] = useTransition();
  if (done)
    return (
      <p
        role="status"
        className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900"
        data-testid="deletion-requested"
      >
        {t("requested")}
      </p>
    );
  const ask = () =>
    start(async () => {
      const res = await askToDeleteTabAction({ customerId }).catch(() => null);
      if (res?.ok) setDone(true);
      else setError(true);
    });
  return (
    <details className="rounded-xl bg-white p-4 text-sm ring-1 ring-stone-200">
      <summary className="cursor-pointer font-medium">{t("askTitle")}</summary>
      <p className="mt-2 text-stone-700">{t("askBody")}</p>
      {confirming ? (
        <div className="mt-2 flex flex-wrap gap-2">
          <Button type="button" variant="danger" size="sm" onClick={ask} disabled={pending}>
            {t("askConfirm")}
          </Button>
          <Button type="button" variant="secondary" size="sm" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" size="sm" className="mt-2" onClick={() => setConfirming(true)}>
          {t("ask")}
        </Button>
      )}
      {error ? (
        <p role="alert" className="mt-2 text-red-800">
          {t("error")}
        </p>
      ) : null}
    </details>
  );
}
