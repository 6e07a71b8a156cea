import { useLocale, useTranslations } from "next-intl";
import { formatPaise } from "@/lib/money";
import { formatPct, sharePct } from "./format";

export type BarRow = { key: string; label: string; amountPaise: number; sub?: string };

/** Amounts as horizontal bars against their total (CSS widths: no chart library needed). */
export function BarList({ rows, totalPaise }: { rows: BarRow[]; totalPaise: number }) {
  const locale = useLocale();
  const t = useTranslations("analytics");
  return (
    <ul className="flex flex-col gap-3">
      {rows.map((r) => {
        const share = sharePct(r.amountPaise, totalPaise);
        return (
          <li key={r.key} className="flex flex-col gap-1">
            <div className="flex items-baseline justify-between gap-2 text-sm">
              <span className="font-medium text-stone-800">{r.label}</span>
              <span className="font-semibold tabular-nums">{formatPaise(r.amountPaise, locale)}</span>
            </div>
            <div className="h-2 overflow-hidden rounded-full bg-stone-100" aria-hidden>
              <div className="h-full rounded-full bg-brand-500" style={{ width: `${Math.min(100, share)}%` }} />
            </div>
            <div className="flex justify-between text-xs text-stone-600">
              <span>{r.sub}</span>
              <span>{t("share", { pct: formatPct(share, locale) })}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
