"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { resetPasswordAction, type ResetFormState } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth.resetPassword");
  const ta = useTranslations("auth");
  const tv = useTranslations("validation");
  const [state, action, pending] = useActionState<ResetFormState, FormData>(resetPasswordAction, null);
  const failed = state && !state.ok ? state : null;
  const err = (k: string) => {
    const key = failed?.fields?.[k];
    if (!key) return undefined;
    if (key === "password_mismatch") return t("mismatch");
    return tv.has(key as "invalid") ? tv(key as "invalid") : tv("invalid");
  };
  // Why the link failed (details.reason); a refusal without one is an unknown link.
  const said = failed ? (failed.details?.reason ?? (failed.fields ? null : "unknown")) : null;
  const reason = typeof said === "string" && ["unknown", "used", "expired"].includes(said) ? (said as "unknown") : null;

  if (state?.ok) {
    return (
      <Card className="p-6">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p role="status" className="mt-3 rounded-lg bg-green-50 px-3 py-2 text-green-900">
          {t("done")}
        </p>
        <Link href="/login" className="mt-4 inline-block font-medium text-brand-700 underline">
          {t("toLogin")}
        </Link>
      </Card>
    );
  }
  return (
    <Card className="p-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      <form action={action} noValidate className="mt-5 flex flex-col gap-4">
        <input type="hidden" name="token" value={token} />
        <Field
          label={t("newPassword")}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={ta("passwordHint")}
          error={err("password")}
        />
        <Field
          label={t("confirm")}
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          error={err("confirm")}
        />
        {reason ? (
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
            {t(reason)}
          </p>
        ) : null}
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </form>
    </Card>
  );
}
