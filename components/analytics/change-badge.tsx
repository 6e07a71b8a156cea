import { useLocale, useTranslations } from "next-intl";
import { formatPct } from "./format";

/** ▲ 12.5% in green, ▼ 3% in red; null (nothing before) says so. */
export function ChangeBadge({ pct }: { pct: number | null }) {
  const t = useTranslations("analytics.change");
  const locale = useLocale();
  if (pct === null) return <span className="text-sm text-stone-500">{t("none")}</span>;
  if (pct === 0) return <span className="text-sm text-stone-600">{t("same")}</span>;
  const up = pct > 0;
  return (
    <span
      className={`rounded-md px-1.5 py-0.5 text-sm font-medium tabular-nums ${up ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}
    >
      {t(up ? "up" : "down", { pct: formatPct(pct, locale) })}
    </span>
  );
}
