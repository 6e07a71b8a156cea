"use client";
import { useTranslations } from "next-intl";
import type { SettingsFormState } from "./use-settings-form";

/** The line beside a settings form's save button: saved, or why it was not. */
export function FormStatus({ result, savedText }: { result: SettingsFormState | null; savedText: string }) {
  const t = useTranslations("settings");
  const tv = useTranslations("validation");
  if (!result) return null;
  if (result.ok)
    return (
      <p role="status" className="text-sm font-medium text-brand-700">
        {savedText}
      </p>
    );
  const text =
    result.code === "unauthorized" || result.code === "forbidden"
      ? t("signedOut")
      : Object.keys(result.fields ?? {}).length
        ? tv("fix_errors")
        : t("saveFailed");
  return (
    <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
      {text}
    </p>
  );
}
