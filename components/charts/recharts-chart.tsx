"use client";
// The recharts half of <LazyChart>: imported with import() only when a chart nears the
// viewport or the page is idle, so recharts (and its redux) is never in a page's first load.
// Sized by its parent (the placeholder's exact box), so swapping it in moves nothing.
import { useRouter } from "next/navigation";
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import type { ChartRow, ChartSpec } from "./chart-spec";
import { formatTick, formatValue } from "./format-value";

type Datum = ChartRow & Record<string, unknown>;

const TICK = { fontSize: 12, fill: "#57534e" };
const MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };

function Tip({ spec, active, payload }: { spec: ChartSpec } & Partial<TooltipContentProps<number, string>>) {
  const row = payload?.[0]?.payload as Datum | undefined;
  if (!active || !row) return null;
  return (
    <div className="rounded-md bg-white px-2.5 py-1.5 text-xs text-stone-800 shadow-md ring-1 ring-stone-200">
      <p className="font-semibold">{row.title}</p>
      {spec.series.map((s) => (
        <p key={s.key} className="flex items-center gap-1.5 whitespace-nowrap tabular-nums">
          {spec.series.length > 1 ? (
            <span className="size-2 rounded-sm" style={{ background: s.color }} aria-hidden />
          ) : null}
          {s.label}: {formatValue(spec, row.values[s.key] ?? 0)}
        </p>
      ))}
      {row.note ? <p className="whitespace-nowrap tabular-nums">{row.note}</p> : null}
    </div>
  );
}

export default function RechartsChart({ spec }: { spec: ChartSpec }) {
  const router = useRouter();
  const data: Datum[] = spec.rows.map((r) => ({ ...r, ...prefixed(r.values) }));
  const yTick = (v: number) => formatTick(spec, v);
  const clickable = spec.rows.some((r) => r.href);
  // Which row a click or tap landed on, from where it is across the plot (the grid's box): a
  // tap opens the period under the finger even on a thin bar, and does not depend on the
  // tooltip having caught up with the pointer yet.
  const open = (e: React.MouseEvent<HTMLDivElement>) => {
    const plot = e.currentTarget.querySelector(".recharts-cartesian-grid")?.getBoundingClientRect();
    const n = spec.rows.length;
    if (!plot || !plot.width || !n) return;
    const f = (e.clientX - plot.left) / plot.width;
    if (f < 0 || f > 1) return;
    const i = spec.kind === "bar" ? Math.min(n - 1, Math.floor(f * n)) : Math.round(f * (n - 1));
    const href = spec.rows[i]?.href;
    if (href) router.push(href, { scroll: false });
  };
  const common = {
    data,
    responsive: true,
    style: { width: "100%", height: "100%" },
    margin: MARGIN,
    // The figure beside the chart carries the numbers (caption + table) for screen readers
    // and keyboards; the picture itself stays out of the tab order and the a11y tree.
    accessibilityLayer: false,
  };
  const axes = (
    <>
      <CartesianGrid strokeDasharray={spec.kind === "area" ? "3 3" : undefined} vertical={false} stroke="#e7e5e4" />
      <XAxis dataKey="tick" tick={TICK} tickLine={false} minTickGap={12} interval="preserveStartEnd" stroke="#a8a29e" />
      <YAxis width="auto" tick={TICK} tickLine={false} axisLine={false} tickFormatter={yTick} allowDecimals={false} />
      <Tooltip
        content={(p) => <Tip spec={spec} {...(p as Partial<TooltipContentProps<number, string>>)} />}
        cursor={spec.kind === "bar" ? { fill: "rgb(28 25 23 / 0.05)" } : { stroke: "#d6d3d1" }}
        isAnimationActive={false}
      />
    </>
  );

  return (
    <div className={`h-full w-full ${clickable ? "cursor-pointer" : ""}`} onClick={clickable ? open : undefined}>
      {spec.kind === "area" ? areaChart() : barChart()}
    </div>
  );

  function areaChart() {
    const s = spec.series[0]!;
    const fill = `fill-${spec.testId ?? "chart"}-${s.key}`;
    return (
      <AreaChart {...common}>
        <defs>
          <linearGradient id={fill} x1="0" y1="0" x2="0" y2="1">
            <stop offset="0%" stopColor={s.color} stopOpacity={0.35} />
            <stop offset="100%" stopColor={s.color} stopOpacity={0.02} />
          </linearGradient>
        </defs>
        {axes}
        {spec.series.map((se) => (
          <Area
            key={se.key}
            type="monotone"
            dataKey={`v_${se.key}`}
            name={se.label}
            stroke={se.color}
            strokeWidth={2}
            fill={se.key === s.key ? `url(#${fill})` : se.color}
            fillOpacity={se.key === s.key ? 1 : 0.15}
            dot={spec.dots ? { r: 3, fill: "#fff", strokeWidth: 2 } : false}
            activeDot={{ r: 4 }}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    );
  }
  function barChart() {
    return (
      <BarChart {...common}>
        {axes}
        {spec.series.map((se) => (
          <Bar
            key={se.key}
            dataKey={`v_${se.key}`}
            name={se.label}
            fill={se.color}
            stackId={spec.stacked ? "stack" : undefined}
            isAnimationActive={false}
          >
            {data.map((d) => (
              <Cell key={d.key} fillOpacity={d.dim ? 0.45 : 1} />
            ))}
          </Bar>
        ))}
      </BarChart>
    );
  }
}

/** Series values as top-level keys (`v_paid`), which is what recharts' dataKey reads. */
function prefixed(values: Record<string, number>) {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`v_${k}`, v]));
}
