"use client";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

const PRESETS = ["today", "7d", "30d", "month"] as const;
type Key = (typeof PRESETS)[number] | "custom";

/** Whole days from a to b (YYYY-MM-DD), the same count the server validates. */
const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/**
 * The period lives in the URL (?period=7d or ?from=&to=), so a reload, a bookmark and the CSV
 * links all see the same period; the server re-validates whatever arrives.
 */
export function PeriodPicker({
  current,
  from,
  to,
  today,
  maxDays,
}: {
  current: Key;
  from: string;
  to: string;
  today: string;
  maxDays: number;
}) {
  const t = useTranslations("analytics.picker");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [custom, setCustom] = useState(current === "custom");
  const [range, setRange] = useState({ from, to });
  const [error, setError] = useState<string | null>(null);

  const go = (params: Record<string, string>) =>
    startTransition(() => router.push(`${pathname}?${new URLSearchParams(params)}`, { scroll: false }));

  function applyCustom(e: React.FormEvent) {
    e.preventDefault();
    if (!range.from || !range.to) return setError(t("missing"));
    if (range.from > range.to) return setError(t("order"));
    if (daysBetween(range.from, range.to) + 1 > maxDays) return setError(t("tooLong", { max: maxDays }));
    setError(null);
    go({ from: range.from, to: range.to });
  }

  const button = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium transition-colors ${active ? "bg-brand-600 text-white" : "text-stone-700 hover:bg-stone-100"}`;

  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div
        role="group"
        aria-label={t("label")}
        className="inline-flex flex-wrap gap-1 rounded-lg bg-white p-1 ring-1 ring-stone-200"
      >
        {PRESETS.map((k) => (
          <button
            key={k}
            type="button"
            aria-pressed={current === k}
            className={button(current === k)}
            onClick={() => {
              setCustom(false);
              go({ period: k });
            }}
          >
            {t(k)}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={current === "custom"}
          aria-expanded={custom}
          className={button(current === "custom")}
          onClick={() => setCustom((v) => !v)}
        >
          {t("custom")}
        </button>
      </div>
      {custom ? (
        <form onSubmit={applyCustom} className="flex flex-wrap items-end gap-2" noValidate>
          <label className="flex flex-col text-xs font-medium text-stone-700">
            {t("from")}
            <input
              type="date"
              name="from"
              value={range.from}
              max={today}
              onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))}
              aria-describedby={error ? "period-error" : undefined}
              className="rounded-md border border-stone-300 px-2 py-1.5 text-sm"
            />
          </label>
          <label className="flex flex-col text-xs font-medium text-stone-700">
            {t("to")}
            <input
              type="date"
              name="to"
              value={range.to}
              max={today}
              onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))}
              aria-describedby={error ? "period-error" : undefined}
              className="rounded-md border border-stone-300 px-2 py-1.5 text-sm"
            />
          </label>
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:bg-stone-300"
          >
            {t("apply")}
          </button>
          {error ? (
            <p id="period-error" role="alert" className="w-full text-sm text-red-700">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
      <p role="status" aria-live="polite" className="min-h-5 text-xs text-stone-600">
        {pending ? t("updating") : ""}
      </p>
    </div>
  );
}
