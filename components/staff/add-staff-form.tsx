"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { addStaffAction } from "@/app/merchant/staff/actions";
import { Button } from "@/components/ui/button";

const input = "min-h-11 rounded-lg border border-stone-300 px-3";

export function AddStaffForm() {
  const t = useTranslations("staff");
  const tv = useTranslations("validation");
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();
  const err = (k: string) =>
    errors[k] ? (
      <span role="alert" className="text-sm text-red-700">
        {tv.has(errors[k]!) ? tv(errors[k] as "name_required") : errors[k]}
      </span>
    ) : null;
  return (
    <form
      ref={form}
      className="grid gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200 sm:grid-cols-2"
      action={(f) =>
        start(async () => {
          const r = await addStaffAction(f);
          setSaved(r.ok);
          setErrors(r.ok ? {} : (r.fields ?? { _form: t("failed") }));
          if (r.ok) form.current?.reset();
        })
      }
    >
      <h2 className="text-lg font-semibold sm:col-span-2">{t("add")}</h2>
      <label className="flex flex-col gap-1">
        {t("name")}
        <input name="name" className={input} required maxLength={80} />
        {err("name")}
      </label>
      <label className="flex flex-col gap-1">
        {t("phone")}
        <input name="phone" inputMode="tel" className={input} required />
        {err("phone")}
      </label>
      <label className="flex flex-col gap-1">
        {t("password")}
        <input name="password" type="password" autoComplete="new-password" className={input} required />
        {err("password")}
      </label>
      <label className="flex flex-col gap-1">
        {t("pin")}
        <input name="pin" inputMode="numeric" maxLength={6} className={input} />
        {err("pin")}
      </label>
      <label className="flex flex-col gap-1">
        {t("role")}
        <select name="role" className={`${input} bg-white`} defaultValue="cashier">
          <option value="cashier">{t("roles.CASHIER")}</option>
          <option value="manager">{t("roles.MANAGER")}</option>
        </select>
      </label>
      <div className="flex items-end gap-3">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        {saved ? (
          <p role="status" className="text-green-800">
            {t("saved")}
          </p>
        ) : null}
        {errors._form ? (
          <p role="alert" className="text-red-700">
            {errors._form}
          </p>
        ) : null}
      </div>
    </form>
  );
}
