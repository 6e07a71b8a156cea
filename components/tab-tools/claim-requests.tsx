"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { confirmClaimAction, rejectClaimAction } from "@/app/merchant/customers/[id]/tab-actions";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { useTabAction } from "./use-tab-action";

export type ClaimRow = { id: string; amountPaise: number; note: string | null; createdAt: string };

/**
 * "I have paid" claims from the customer's phone. Confirm only after checking the money in
 * the bank app: confirming records the payment (once, however often it is pressed).
 */
export function ClaimRequests({ claims, timeZone }: { claims: ClaimRow[]; timeZone: string }) {
  const t = useTranslations("bills.tabTools.claims");
  const locale = useLocale();
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200" data-testid="tab-claims">
      <h3 className="font-semibold">{t("title")}</h3>
      {done ? (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
          {done}
        </p>
      ) : null}
      {claims.length === 0 ? <p className="text-sm text-stone-600">{t("empty")}</p> : null}
      <ul className="flex flex-col gap-3">
        {claims.map((c) => (
          <ClaimItem key={c.id} claim={c} locale={locale} timeZone={timeZone} onDone={setDone} />
        ))}
      </ul>
    </div>
  );
}

function ClaimItem({
  claim,
  locale,
  timeZone,
  onDone,
}: {
  claim: ClaimRow;
  locale: string;
  timeZone: string;
  onDone: (m: string) => void;
}) {
  const t = useTranslations("bills.tabTools.claims");
  const { pending, error, run } = useTabAction();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState("");
  const money = (p: number) => formatPaise(p, locale);
  const noteId = `reject-${claim.id}`;

  const confirm = () =>
    run(
      () => confirmClaimAction({ claimId: claim.id }),
      (r) => onDone(t("confirmed", { amount: money(r.amountPaise), due: money(r.duePaise) })),
      (te, f) => {
        const due = (f.details as { duePaise?: unknown } | undefined)?.duePaise;
        if (f.code !== "invalid_input" || typeof due !== "number") return null;
        return due <= 0 ? te("nothingDue") : te("moreThanDue", { due: money(due) });
      },
    );
  const reject = (e: React.FormEvent) => {
    e.preventDefault();
    run(
      () => rejectClaimAction({ claimId: claim.id, note }),
      () => onDone(t("rejected")),
    );
  };

  return (
    <li
      className="flex flex-col gap-2 rounded-lg bg-amber-50 p-3 ring-1 ring-amber-200"
      data-testid="tab-claim"
      data-claim-id={claim.id}
    >
      <p className="font-medium">
        {t("line", { amount: money(claim.amountPaise), date: formatDate(claim.createdAt, locale, timeZone, true) })}
      </p>
      {claim.note ? <p className="text-sm text-stone-700">{t("customerNote", { note: claim.note })}</p> : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {rejecting ? (
        <form onSubmit={reject} className="flex flex-col gap-2">
          <label htmlFor={noteId} className="text-sm font-medium">
            {t("rejectNote")}
          </label>
          <input
            id={noteId}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={200}
            className="rounded-lg border border-stone-300 px-3 py-2"
          />
          <div className="flex gap-2">
            <Button type="submit" size="sm" variant="danger" disabled={pending || !note.trim()}>
              {t("rejectSubmit")}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setRejecting(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" onClick={confirm} disabled={pending} data-testid="confirm-claim">
            {pending ? t("working") : t("confirm")}
          </Button>
          <Button type="button" size="sm" variant="secondary" onClick={() => setRejecting(true)} disabled={pending}>
            {t("reject")}
          </Button>
        </div>
      )}
    </li>
  );
}
