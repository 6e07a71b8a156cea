"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { openDisputeAction } from "@/app/customer/bills/actions";
import { Button } from "@/components/ui/button";
import { failureText } from "./failure";

/** "Something wrong?" on one entry: a short note the shop sees as a flag on that entry. */
export function DisputeButton({ transactionId }: { transactionId: string }) {
  const t = useTranslations("bills.dispute");
  const te = useTranslations("bills.errors");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const id = `dispute-${transactionId}`;

  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="text-sm text-stone-600 underline hover:text-stone-900"
      >
        {t("open")}
      </button>
    );
  }
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    start(async () => {
      try {
        const res = await openDisputeAction({ transactionId, note });
        if (!res.ok) return setError(failureText(tv, te, res));
        setOpen(false);
        setNote("");
        router.refresh();
      } catch {
        setError(te("generic"));
      }
    });
  };
  return (
    <form onSubmit={submit} noValidate className="mt-2 flex flex-col gap-2 rounded-lg bg-stone-50 p-3">
      <label htmlFor={id} className="text-sm font-medium">
        {t("label")}
      </label>
      <textarea
        id={id}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={200}
        rows={2}
        placeholder={t("hint")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-lg border border-stone-300 px-3 py-2 text-base outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending || note.trim().length < 3}>
          {pending ? t("sending") : t("submit")}
        </Button>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          onClick={() => {
            setOpen(false);
            setError(null);
          }}
        >
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
