"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { createResetLinkAction, disableUserAction, enableUserAction } from "@/app/admin/users/actions";
import { Button } from "@/components/ui/button";
import type { ActionFailure } from "@/lib/errors";
import { codeText } from "@/lib/i18n/describe-failure";
import { formatDate } from "@/lib/i18n/format";

/**
 * Disable / re-enable an account and hand out a one-time reset link. Disabling asks once
 * more in place (no browser dialog) because it signs the person out everywhere.
 */
export function AccountActions({
  userId,
  name,
  disabled,
  isSelf,
}: {
  userId: string;
  name: string;
  disabled: boolean;
  isSelf: boolean;
}) {
  const t = useTranslations("admin.account");
  const te = useTranslations("admin.errors");
  const locale = useLocale();
  const [pending, start] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [copied, setCopied] = useState(false);

  // The failure's own reason ("self", "already_disabled") or its code, in admin.errors.
  const fail = (f: Pick<ActionFailure, "code" | "details">) => setError(codeText(te, f));
  const run = (fn: () => Promise<void>) => {
    setError(null);
    start(async () => {
      try {
        await fn();
      } catch {
        setError(te("generic"));
      }
    });
  };

  const toggle = () =>
    run(async () => {
      const res = disabled ? await enableUserAction(userId) : await disableUserAction(userId);
      setConfirming(false);
      if (!res.ok) fail(res);
    });
  const reset = () =>
    run(async () => {
      const res = await createResetLinkAction(userId);
      if (!res.ok) return fail(res);
      setCopied(false);
      setLink({ url: `${window.location.origin}${res.path}`, expiresAt: res.expiresAt });
    });
  const copy = async () => {
    if (link) {
      await navigator.clipboard?.writeText(link.url).catch(() => undefined);
      setCopied(true);
    }
  };

  return (
    <section
      aria-labelledby="account-actions"
      className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200"
    >
      <h2 id="account-actions" className="font-semibold">
        {t("title")}
      </h2>
      <div className="flex flex-wrap gap-2">
        {disabled ? (
          <Button variant="primary" size="sm" disabled={pending} onClick={toggle}>
            {t("enable")}
          </Button>
        ) : isSelf ? (
          <p className="text-sm text-stone-600">{t("selfNote")}</p>
        ) : confirming ? null : (
          <Button variant="danger" size="sm" disabled={pending} onClick={() => setConfirming(true)}>
            {t("disable")}
          </Button>
        )}
        <Button variant="secondary" size="sm" disabled={pending} onClick={reset}>
          {t("resetLink")}
        </Button>
      </div>
      {confirming ? (
        <div
          role="alertdialog"
          aria-labelledby="confirm-disable"
          className="flex flex-col gap-2 rounded-lg bg-red-50 p-3 ring-1 ring-red-200"
        >
          <p id="confirm-disable" className="text-sm text-red-900">
            {t("confirmDisable", { name })}
          </p>
          <div className="flex gap-2">
            <Button variant="danger" size="sm" disabled={pending} onClick={toggle}>
              {pending ? t("working") : t("confirmDisableButton")}
            </Button>
            <Button variant="ghost" size="sm" disabled={pending} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : null}
      {link ? (
        <div className="flex flex-col gap-2 rounded-lg bg-brand-50 p-3 ring-1 ring-brand-100">
          <label htmlFor="reset-link" className="text-sm font-medium">
            {t("linkReady")}
          </label>
          <div className="flex gap-2">
            <input
              id="reset-link"
              readOnly
              value={link.url}
              onFocus={(e) => e.currentTarget.select()}
              className="min-w-0 flex-1 rounded-lg border border-stone-300 bg-white px-2 py-1.5 font-mono text-xs"
            />
            <Button variant="secondary" size="sm" onClick={copy}>
              {copied ? t("copied") : t("copy")}
            </Button>
          </div>
          <p className="text-xs text-stone-700">
            {t("linkNote", { expiresAt: formatDate(link.expiresAt, locale, "Asia/Kolkata", true) })}
          </p>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </section>
  );
}
