// Revenue per day as an area chart, drawn as plain SVG on the server: no chart library, no
// hydration. The line is a nested SVG stretched to the plot (preserveAspectRatio="none", its
// stroke kept at 2 px); dots, grid and labels are placed in percent so they never stretch.
// Screen readers get the caption and a table of every day instead of the picture.
import { ChartFrame } from "@/components/charts/chart-frame";
import { ChartHover } from "@/components/charts/chart-hover";
import { labelTiers, monotonePath, niceTicks, pointX } from "@/components/charts/scale";
import { formatPaise } from "@/lib/money";
import { formatCount, formatDay, formatRupeesCompact } from "./format";

type Point = { date: string; revenuePaise: number; count: number };
type Labels = { label: string; dateLabel: string; revenueLabel: string; salesLabel: string };

const STROKE = "#178044";
/** The plot's own coordinates: 0-1000 both ways, y down. */
const VIEW = 1000;
const round = (v: number) => Number(v.toFixed(3));

export function TrendChart({
  points,
  locale,
  label,
  dateLabel,
  revenueLabel,
  salesLabel,
}: { points: Point[]; locale: string } & Labels) {
  const n = points.length;
  // Round whole-rupee ticks, like the axis shows them; the top tick is the plot's top.
  const ticks = niceTicks(Math.ceil(Math.max(0, ...points.map((p) => p.revenuePaise)) / 100)).map((r) => r * 100);
  const top = ticks[ticks.length - 1]!;
  const yFrac = (paise: number) => 1 - Math.max(0, paise) / top;
  const xy = points.map((p, i) => ({ x: (pointX(i, n) / 100) * VIEW, y: yFrac(p.revenuePaise) * VIEW }));
  const line = monotonePath(xy);
  const area = n > 1 ? `${line}L${xy[n - 1]!.x},${VIEW}L${xy[0]!.x},${VIEW}Z` : "";
  const tiers = labelTiers(n);
  const sales = (p: Point) => `${formatCount(p.count, locale)} ${salesLabel}`;

  return (
    <figure className="w-full" data-testid="trend-chart" aria-labelledby="trend-chart-caption">
      <figcaption id="trend-chart-caption" className="sr-only">
        {label}
      </figcaption>
      <ChartFrame
        yAxisWidth={locale === "hi" ? 88 : 64}
        dashed
        yTicks={ticks.map((v) => ({ frac: v / top, label: formatRupeesCompact(v, locale) }))}
        xLabels={points.map((p, i) => ({ pct: pointX(i, n), label: formatDay(p.date, locale), tier: tiers[i]! }))}
      >
        <svg className="absolute inset-0 h-full w-full overflow-visible" focusable="false" data-testid="trend-svg">
          <svg viewBox={`0 0 ${VIEW} ${VIEW}`} preserveAspectRatio="none" width="100%" height="100%" overflow="visible">
            <defs>
              <linearGradient id="trend-fill" x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor="#1f9d55" stopOpacity={0.35} />
                <stop offset="100%" stopColor="#1f9d55" stopOpacity={0.02} />
              </linearGradient>
            </defs>
            <path data-testid="trend-area" d={area} fill="url(#trend-fill)" stroke="none" />
            <path
              d={line}
              fill="none"
              stroke={STROKE}
              strokeWidth={2}
              strokeLinejoin="round"
              vectorEffect="non-scaling-stroke"
            />
          </svg>
          {/* Dots on short periods: a single day (today) would otherwise draw nothing visible. */}
          {n <= 14
            ? points.map((p, i) => (
                <circle
                  key={p.date}
                  cx={`${pointX(i, n)}%`}
                  cy={`${round(yFrac(p.revenuePaise) * 100)}%`}
                  r={3}
                  fill="#fff"
                  stroke={STROKE}
                  strokeWidth={2}
                />
              ))
            : null}
        </svg>
        <ChartHover
          mode="point"
          color={STROKE}
          items={points.map((p, i) => ({
            x: round(pointX(i, n)),
            y: round(yFrac(p.revenuePaise) * 100),
            title: formatDay(p.date, locale, true),
            lines: [`${revenueLabel}: ${formatPaise(p.revenuePaise, locale)} · ${sales(p)}`],
          }))}
        />
      </ChartFrame>
      <table className="sr-only">
        <thead>
          <tr>
            <th scope="col">{dateLabel}</th>
            <th scope="col">{revenueLabel}</th>
            <th scope="col">{salesLabel}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.date}>
              <th scope="row">{formatDay(p.date, locale, true)}</th>
              <td>{formatPaise(p.revenuePaise, locale)}</td>
              <td>{formatCount(p.count, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
