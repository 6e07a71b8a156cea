// How a chart's values read, shared by the table the server renders and the tooltip recharts
// draws (kept out of recharts-chart.tsx so the table does not pull recharts in).
import { formatCount, formatRupeesCompact } from "@/components/analytics/format";
import { formatPaise } from "@/lib/money";
import type { ChartSpec } from "./chart-spec";

type Fmt = Pick<ChartSpec, "format" | "locale">;

/** A value in full: "₹1,234.50" or "1,234". */
export const formatValue = (spec: Fmt, v: number) =>
  spec.format === "paise" ? formatPaise(v, spec.locale) : formatCount(v, spec.locale);

/** A value on the axis: "₹12K" / "₹1.2L" or "1,234". */
export const formatTick = (spec: Fmt, v: number) =>
  spec.format === "paise" ? formatRupeesCompact(v, spec.locale) : formatCount(v, spec.locale);
