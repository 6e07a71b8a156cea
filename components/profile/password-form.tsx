"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { changePasswordAction } from "@/app/customer/profile/actions";
import { fieldMessages } from "@/components/bills/failure";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Current password, then the new one (sign-up's password rule). Every device, this one too, is signed out. */
export function PasswordForm() {
  const t = useTranslations("profile.password");
  const te = useTranslations("profile.errors");
  const tv = useTranslations("validation");
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setErrors({});
    setSaved(false);
    start(async () => {
      try {
        const res = await changePasswordAction({ currentPassword: current, newPassword: next });
        if (res.ok) {
          setSaved(true);
          setCurrent("");
          setNext("");
          // This session ended with the others: to the sign-in page once the message was read.
          // A full load on purpose: every session ended, so no client state may survive.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          setTimeout(() => window.location.assign("/login"), 2500);
          return;
        }
        setErrors(fieldMessages(tv, te, res));
      } catch {
        setErrors({ _form: te("generic") });
      }
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="password-title"
      className="flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-stone-200"
    >
      <h2 id="password-title" className="font-semibold">
        {t("title")}
      </h2>
      <Field
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("current")}
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        error={errors.currentPassword}
      />
      <Field
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("new")}
        hint={t("newHint")}
        value={next}
        onChange={(e) => setNext(e.target.value)}
        error={errors.newPassword}
      />
      {errors._form ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors._form}
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
          {t("saved")}
        </p>
      ) : null}
      <Button type="submit" disabled={pending || !current || !next}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
