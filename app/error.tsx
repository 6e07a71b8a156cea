"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

// Unexpected errors: logged, shown as a plain message. Never a stack trace.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  useEffect(() => console.error(error), [error]);
  return (
    <div
      role="alert"
      className="mx-auto mt-16 max-w-md rounded-xl bg-white p-6 text-center shadow-sm ring-1 ring-stone-200"
    >
      <h1 className="text-xl font-semibold">{t("somethingWrong")}</h1>
      <p className="mt-2 text-stone-600">{t("somethingWrongBody")}</p>
      {error.digest ? <p className="mt-2 text-xs text-stone-500">Ref: {error.digest}</p> : null}
      <button onClick={reset} className="mt-4 rounded-lg bg-brand-600 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
