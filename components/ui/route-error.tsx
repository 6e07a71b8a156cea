"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

export type RouteErrorProps = { error: Error & { digest?: string }; reset: () => void };

/**
 * A screen area's error boundary body: the error is logged, the user sees the area's plain
 * "could not load" message (`<namespace>.loadError`) and a retry (`<namespace>.retry`) inside
 * the page frame, so the navigation stays. Never a stack trace.
 */
export function RouteError({ error, reset, namespace }: RouteErrorProps & { namespace: string }) {
  const t = useTranslations(namespace);
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
        {t("retry")}
      </button>
    </div>
  );
}
