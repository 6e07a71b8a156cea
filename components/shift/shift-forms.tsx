"use client";
// Open the drawer with a float; pay in / pay out with a reason; close with the counted cash.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { cashMoveAction, closeShiftAction, openShiftAction } from "@/app/merchant/shift/actions";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

const input = "h-12 w-full rounded-lg border border-stone-300 px-3 text-lg";

function useSubmit() {
  const t = useTranslations("shift");
  const tv = useTranslations("validation");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (fn: () => Promise<ActionResult>, after?: (r: ActionResult) => void) =>
    start(async () => {
      const r = await fn();
      if (!r.ok) {
        const key = Object.values(r.fields ?? {})[0] ?? "";
        setError(tv.has(key) ? tv(key as "amount_invalid") : t("failed"));
      } else {
        setError(null);
        after?.(r);
      }
    });
  return { error, pending, run };
}

export function OpenShiftForm() {
  const t = useTranslations("shift");
  const router = useRouter();
  const { error, pending, run } = useSubmit();
  return (
    <form
      action={(f) =>
        run(
          () => openShiftAction(f),
          () => router.refresh(),
        )
      }
      className="flex flex-col gap-3"
    >
      <label className="flex flex-col gap-1">
        <span>{t("opening")}</span>
        <input name="opening" inputMode="decimal" className={input} data-testid="shift-opening" required />
      </label>
      {error ? (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
      <Button type="submit" disabled={pending} className="min-h-12" data-testid="shift-open">
        {t("open")}
      </Button>
    </form>
  );
}

export function CashMoveForm({ shiftId }: { shiftId: string }) {
  const t = useTranslations("shift");
  const router = useRouter();
  const { error, pending, run } = useSubmit();
  return (
    <form
      action={(f) =>
        run(
          () => cashMoveAction(shiftId, f),
          () => router.refresh(),
        )
      }
      className="grid gap-3 sm:grid-cols-[8rem_1fr_1fr_auto] sm:items-end"
    >
      <label className="flex flex-col gap-1">
        <span>{t("kind")}</span>
        <select name="kind" className={input}>
          <option value="out">{t("payOut")}</option>
          <option value="in">{t("payIn")}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span>{t("amount")}</span>
        <input name="amount" inputMode="decimal" className={input} required />
      </label>
      <label className="flex flex-col gap-1">
        <span>{t("reason")}</span>
        <input name="reason" className={input} required maxLength={200} />
      </label>
      <Button type="submit" variant="secondary" disabled={pending} className="min-h-12">
        {t("record")}
      </Button>
      {error ? (
        <p role="alert" className="text-red-700 sm:col-span-4">
          {error}
        </p>
      ) : null}
    </form>
  );
}

export function CloseShiftForm({ shiftId }: { shiftId: string }) {
  const t = useTranslations("shift");
  const router = useRouter();
  const { error, pending, run } = useSubmit();
  return (
    <form
      action={(f) =>
        run(
          () => closeShiftAction(shiftId, f),
          (r) => router.push(`/merchant/shift/${"id" in r ? r.id : shiftId}`),
        )
      }
      className="flex flex-col gap-3"
    >
      <label className="flex flex-col gap-1">
        <span>{t("counted")}</span>
        <input name="counted" inputMode="decimal" className={input} data-testid="shift-counted" required />
      </label>
      {error ? (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant="danger" disabled={pending} className="min-h-12" data-testid="shift-close">
        {t("close")}
      </Button>
    </form>
  );
}
