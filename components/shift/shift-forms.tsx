"use client";
// Open the drawer with a float; pay in / pay out with a reason; close with the counted cash.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { cashMoveAction, closeShiftAction, openShiftAction } from "@/app/merchant/shift/actions";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

const input = "h-12 w-full rounded-lg border border-stone-300 px-3 text-lg";

/**
 * A drawer form's wiring: send the form, show the first field's message (or "failed"), and on
 * success re-render the page, or `then` (the close goes to its Z report).
 */
function useShiftForm<R extends object>(
  send: (form: FormData) => Promise<ActionResult<R>>,
  then?: (r: R, router: ReturnType<typeof useRouter>) => void,
) {
  const t = useTranslations("shift");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const action = (form: FormData) =>
    start(async () => {
      const r = await send(form);
      if (!r.ok) {
        const key = Object.values(r.fields ?? {})[0] ?? "";
        setError(tv.has(key) ? tv(key as "amount_invalid") : t("failed"));
        return;
      }
      setError(null);
      if (then) then(r, router);
      else router.refresh();
    });
  return { error, pending, action };
}

function Field({ label, ...props }: { label: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="flex flex-col gap-1">
      <span>{label}</span>
      <input className={input} required {...props} />
    </label>
  );
}

function FormError({ error, className = "" }: { error: string | null; className?: string }) {
  return error ? (
    <p role="alert" className={`text-red-700 ${className}`.trim()}>
      {error}
    </p>
  ) : null;
}

export function OpenShiftForm() {
  const t = useTranslations("shift");
  const { error, pending, action } = useShiftForm(openShiftAction);
  return (
    <form action={action} className="flex flex-col gap-3">
      <Field label={t("opening")} name="opening" inputMode="decimal" data-testid="shift-opening" />
      <FormError error={error} />
      <Button type="submit" disabled={pending} className="min-h-12" data-testid="shift-open">
        {t("open")}
      </Button>
    </form>
  );
}

export function CashMoveForm({ shiftId }: { shiftId: string }) {
  const t = useTranslations("shift");
  const { error, pending, action } = useShiftForm((f) => cashMoveAction(shiftId, f));
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[8rem_1fr_1fr_auto] sm:items-end">
      <label className="flex flex-col gap-1">
        <span>{t("kind")}</span>
        <select name="kind" className={input}>
          <option value="out">{t("payOut")}</option>
          <option value="in">{t("payIn")}</option>
        </select>
      </label>
      <Field label={t("amount")} name="amount" inputMode="decimal" />
      <Field label={t("reason")} name="reason" maxLength={200} />
      <Button type="submit" variant="secondary" disabled={pending} className="min-h-12">
        {t("record")}
      </Button>
      <FormError error={error} className="sm:col-span-4" />
    </form>
  );
}

export function CloseShiftForm({ shiftId }: { shiftId: string }) {
  const t = useTranslations("shift");
  const { error, pending, action } = useShiftForm(
    (f) => closeShiftAction(shiftId, f),
    (r, router) => router.push(`/merchant/shift/${r.id ?? shiftId}`),
  );
  return (
    <form action={action} className="flex flex-col gap-3">
      <Field label={t("counted")} name="counted" inputMode="decimal" data-testid="shift-counted" />
      <FormError error={error} />
      <Button type="submit" variant="danger" disabled={pending} className="min-h-12" data-testid="shift-close">
        {t("close")}
      </Button>
    </form>
  );
}
