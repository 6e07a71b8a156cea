"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

// An unexpected failure while browsing shops: logged, a plain message, never a stack trace.
export default function ShopsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("shops");
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert" className="mx-auto mt-8 max-w-md rounded-xl bg-white p-6 text-center ring-1 ring-stone-200">
      <p className="font-semibold">{t("loadError")}</p>
      {error.digest ? <p className="mt-2 text-xs text-stone-500">{error.digest}</p> : null}
      <button type="button" onClick={reset} className="mt-4 rounded-lg bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">{t("retry")}</button>
    </div>
  );
}
