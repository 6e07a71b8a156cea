// The frame of a plain-SVG chart: y labels on the left, x labels underneath (HTML, so text
// never stretches), grid lines, and the plot the caller draws inside. No hooks, no state: it
// renders on the server and ships no JavaScript. Its height is fixed (h-64), so nothing
// around it moves when it appears. Hidden from screen readers: the caller gives the numbers
// as text (a table) beside it.

export type YTick = { /** 0 = bottom, 1 = top */ frac: number; label: string };
/** pct: 0-100 across the plot; tier: 2 = always shown, 1 = on a wide chart only, 0 = never. */
export type XLabel = { pct: number; label: string; tier: 0 | 1 | 2 };

const pct = (v: number) => `${Number(v.toFixed(3))}%`;

export function ChartFrame({
  yTicks,
  xLabels,
  yAxisWidth,
  dashed = false,
  children,
}: {
  yTicks: YTick[];
  xLabels: XLabel[];
  yAxisWidth: number;
  dashed?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className="@container relative h-64 w-full select-none text-xs text-stone-600" aria-hidden>
      <div className="absolute top-2 bottom-6 left-0" style={{ width: yAxisWidth }}>
        {yTicks.map((t) => (
          <span
            key={t.frac}
            className="absolute right-2 -translate-y-1/2 leading-none whitespace-nowrap tabular-nums"
            style={{ top: pct((1 - t.frac) * 100) }}
          >
            {t.label}
          </span>
        ))}
      </div>
      <div className="absolute top-2 right-2 bottom-6" style={{ left: yAxisWidth }}>
        <svg className="absolute inset-0 h-full w-full overflow-visible" focusable="false">
          {yTicks.map((t) => (
            <line
              key={t.frac}
              x1="0"
              x2="100%"
              y1={pct((1 - t.frac) * 100)}
              y2={pct((1 - t.frac) * 100)}
              stroke="#e7e5e4"
              strokeDasharray={dashed && t.frac > 0 ? "3 3" : undefined}
            />
          ))}
          <line x1="0" x2="100%" y1="100%" y2="100%" stroke="#a8a29e" />
        </svg>
        {children}
      </div>
      <div className="absolute right-2 bottom-0 h-6" style={{ left: yAxisWidth }}>
        {xLabels.map((l, i) =>
          l.tier ? (
            <span
              key={i}
              className={`absolute top-1.5 leading-none whitespace-nowrap ${l.pct <= 0 ? "" : l.pct >= 100 ? "-translate-x-full" : "-translate-x-1/2"} ${l.tier === 1 ? "hidden @lg:block" : ""}`}
              style={{ left: pct(l.pct) }}
            >
              {l.label}
            </span>
          ) : null,
        )}
      </div>
    </div>
  );
}
