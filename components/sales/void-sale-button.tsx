"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { voidSaleAction } from "@/app/merchant/sales/actions";
import { newClientId } from "@/lib/client-id";
import { failureText } from "@/components/customers/failure-text";
import { Button } from "@/components/ui/button";

/**
 * Void with a required reason, confirmed in a modal dialog. The client id is made when the
 * dialog opens, so a double tap on "Void sale" records one void.
 */
export function VoidSaleButton({
  saleId,
  amountText,
  dateText,
}: {
  saleId: string;
  amountText: string;
  dateText: string;
}) {
  const t = useTranslations("sales.void");
  const te = useTranslations("sales.errors");
  const dialog = useRef<HTMLDialogElement>(null);
  const [clientId, setClientId] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const quick = [t("quickTwice"), t("quickReturn"), t("quickWrong")];
  const titleId = `void-title-${saleId}`;

  const open = () => {
    setClientId(newClientId());
    setReason("");
    setError(null);
    dialog.current?.showModal();
  };
  const confirm = (e: React.FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setError(te("reason"));
    setError(null);
    start(async () => {
      try {
        const res = await voidSaleAction({ saleId, reason: reason.trim(), clientId });
        if (res.ok) return dialog.current?.close();
        setError(res.fields?.reason ? te("reason") : failureText(te, res));
      } catch {
        setError(te("generic"));
      }
    });
  };

  return (
    <>
      <Button type="button" variant="secondary" size="sm" onClick={open}>
        {t("open")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl p-0 shadow-xl backdrop:bg-stone-900/40"
      >
        <form onSubmit={confirm} noValidate className="flex flex-col gap-3 p-5 text-left">
          <h2 id={titleId} className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-stone-700">{t("body", { amount: amountText, date: dateText })}</p>
          <label htmlFor={`void-reason-${saleId}`} className="text-sm font-medium text-stone-800">
            {t("reason")}
          </label>
          <input
            id={`void-reason-${saleId}`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            maxLength={200}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={`void-hint-${saleId}`}
            className="rounded-lg border border-stone-300 px-3 py-2.5 text-base outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
          />
          <p id={`void-hint-${saleId}`} className="text-xs text-stone-600">
            {t("reasonHint")}
          </p>
          <div className="flex flex-wrap gap-2">
            {quick.map((q) => (
              <button
                key={q}
                type="button"
                onClick={() => setReason(q)}
                className="rounded-full bg-stone-100 px-3 py-1.5 text-sm text-stone-800 ring-1 ring-stone-200 hover:bg-stone-200"
              >
                {q}
              </button>
            ))}
          </div>
          {error ? (
            <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
              {error}
            </p>
          ) : null}
          <div className="mt-2 flex flex-wrap justify-end gap-2">
            <Button type="button" variant="ghost" disabled={pending} onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </Button>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? t("working") : t("confirm")}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
