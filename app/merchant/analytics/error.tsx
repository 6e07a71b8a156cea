"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

// The analytics page itself failed (each card already catches its own query): a plain
// message in the page frame, never a stack trace.
export default function AnalyticsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("analytics");
  const tc = useTranslations("common");
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert" className="mx-auto mt-8 max-w-md rounded-xl bg-white p-6 text-center ring-1 ring-stone-200">
      <p className="font-semibold">{t("loadError")}</p>
      {error.digest ? <p className="mt-2 text-xs text-stone-500">{error.digest}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-lg bg-brand-600 px-4 py-2 text-white hover:bg-brand-700"
      >
        {tc("retry")}
      </button>
    </div>
  );
}
