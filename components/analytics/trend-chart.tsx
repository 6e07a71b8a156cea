"use client";
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPaise } from "@/lib/money";
import { formatCount, formatDay, formatRupeesCompact } from "./format";

type Point = { date: string; revenuePaise: number; count: number };

/** Revenue per day as an area chart. Receives plain data and pre-translated labels only. */
export function TrendChart({ points, locale, label, revenueLabel, salesLabel }: { points: Point[]; locale: string; label: string; revenueLabel: string; salesLabel: string }) {
  return (
    <figure className="h-64 w-full" role="img" aria-label={label} data-testid="trend-chart">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <defs>
            <linearGradient id="trend-fill" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor="#1f9d55" stopOpacity={0.35} />
              <stop offset="100%" stopColor="#1f9d55" stopOpacity={0.02} />
            </linearGradient>
          </defs>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e7e5e4" />
          <XAxis dataKey="date" tickFormatter={(d: string) => formatDay(d, locale)} tick={{ fontSize: 12 }} minTickGap={16} />
          <YAxis tickFormatter={(v: number) => formatRupeesCompact(v, locale)} tick={{ fontSize: 12 }} width={locale === "hi" ? 88 : 64} allowDecimals={false} />
          <Tooltip
            labelFormatter={(d) => formatDay(String(d), locale, true)}
            formatter={(value, _name, item) => [
              `${formatPaise(Number(value), locale)} · ${formatCount((item?.payload as Point | undefined)?.count ?? 0, locale)} ${salesLabel}`,
              revenueLabel,
            ]}
          />
          {/* Dots on short periods: a single day (today) would otherwise draw nothing visible. */}
          <Area type="monotone" dataKey="revenuePaise" stroke="#178044" strokeWidth={2} fill="url(#trend-fill)" dot={points.length <= 14 ? { r: 3 } : false} isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </figure>
  );
}
