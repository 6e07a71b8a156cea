"use client";
// Who is selling at this tablet, and a PIN box to switch person without signing out.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { switchPersonAction } from "@/app/merchant/pos/counter-actions";

export function CounterSwitch({ name, role }: { name: string; role: string }) {
  const t = useTranslations("pos.switch");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = () =>
    start(async () => {
      const r = await switchPersonAction(pin);
      setPin("");
      if (!r.ok) return setError(tv.has(r.fields?.pin ?? "") ? tv(r.fields!.pin as "pin_wrong") : t("failed"));
      setError(null);
      setOpen(false);
      router.refresh();
    });
  return (
    <div className="flex min-h-11 flex-wrap items-center gap-2 print:hidden" data-testid="counter-person">
      <span className="text-sm text-stone-700">{t("selling", { name, role: t(`role.${role}` as "role.OWNER") })}</span>
      {open ? (
        <form
          className="flex items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <input
            className="h-11 w-28 rounded-lg border border-stone-300 px-2 text-lg tracking-widest"
            inputMode="numeric"
            autoComplete="off"
            type="password"
            maxLength={6}
            aria-label={t("pin")}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ""))}
            data-testid="counter-pin"
          />
          <button
            type="submit"
            disabled={pending || pin.length < 4}
            className="h-11 min-w-11 rounded-lg bg-brand-700 px-3 font-semibold text-white disabled:opacity-50"
          >
            {t("go")}
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="h-11 min-w-11 rounded-lg px-3 text-sm font-semibold text-brand-700 ring-1 ring-stone-300"
          onClick={() => setOpen(true)}
          data-testid="counter-switch"
        >
          {t("switch")}
        </button>
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
