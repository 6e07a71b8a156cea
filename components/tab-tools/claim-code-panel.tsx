"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { issueClaimCodeAction } from "@/app/merchant/customers/[id]/tab-actions";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/i18n/format";
import { useTabAction } from "./use-tab-action";

/**
 * A one-time code the customer types on their phone to attach this tab to their account.
 * Shown once (only its hash is kept); a new code makes the old one stop working.
 */
export function ClaimCodePanel({
  customerId,
  liveUntil,
  timeZone,
}: {
  customerId: string;
  liveUntil: string | null;
  timeZone: string;
}) {
  const t = useTranslations("bills.tabTools.code");
  const locale = useLocale();
  const { pending, error, run } = useTabAction();
  const [issued, setIssued] = useState<{ code: string; expiresAt: string } | null>(null);
  const date = (iso: string) => formatDate(iso, locale, timeZone, true);

  return (
    <div className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200" data-testid="tab-claim-code">
      <h3 className="font-semibold">{t("title")}</h3>
      <p className="text-sm text-stone-600">{t("intro")}</p>
      {issued ? (
        <div className="rounded-lg bg-brand-50 p-3 text-center ring-1 ring-brand-100">
          <p className="font-mono text-2xl font-semibold tracking-widest" data-testid="claim-code-value">
            {issued.code}
          </p>
          <p className="mt-1 text-sm text-stone-700">{t("once", { date: date(issued.expiresAt) })}</p>
        </div>
      ) : liveUntil ? (
        <p className="text-sm text-stone-700">{t("live", { date: date(liveUntil) })}</p>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div>
        <Button
          type="button"
          size="sm"
          variant={issued || liveUntil ? "secondary" : "primary"}
          disabled={pending}
          onClick={() =>
            run(
              () => issueClaimCodeAction({ customerId }),
              (r) => setIssued(r),
            )
          }
        >
          {issued || liveUntil ? t("reissue") : t("issue")}
        </Button>
      </div>
    </div>
  );
}
