"use client";
// The one interactive part of a plain-SVG chart: point at (or tap) a day or a bar to see its
// figures; with hrefs, a click opens that bar's page. A few hundred bytes of state instead
// of a chart library. Pointer-only and hidden from screen readers: every figure is also in
// the chart's table, and every href in a keyboard-reachable link beside the chart.
import { useRouter } from "next/navigation";
import { useState } from "react";

export type HoverItem = {
  /** Centre of the point or bar, 0-100 across the plot. */
  x: number;
  /** Point mode: the point's height, 0-100 from the top. */
  y?: number;
  title: string;
  lines: string[];
  href?: string;
};

export function ChartHover({
  items,
  mode,
  color = "#178044",
}: {
  items: HoverItem[];
  mode: "point" | "band";
  color?: string;
}) {
  const router = useRouter();
  const [active, setActive] = useState<number | null>(null);
  const n = items.length;
  if (!n) return null;

  const indexAt = (e: React.MouseEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const f = Math.min(1, Math.max(0, (e.clientX - box.left) / (box.width || 1)));
    return mode === "point" ? Math.round(f * (n - 1)) : Math.min(n - 1, Math.floor(f * n));
  };
  const item = active === null ? null : items[active];
  const clickable = items.some((i) => i.href);

  return (
    <div
      className={`absolute inset-0 touch-pan-y ${clickable ? "cursor-pointer" : ""}`}
      aria-hidden
      onPointerMove={(e) => setActive(indexAt(e))}
      onPointerDown={(e) => setActive(indexAt(e))}
      onPointerLeave={(e) => e.pointerType !== "touch" && setActive(null)}
      onClick={(e) => {
        const href = items[indexAt(e)]?.href;
        if (href) router.push(href, { scroll: false });
      }}
    >
      {item ? (
        <>
          {mode === "band" ? (
            <div
              className="pointer-events-none absolute inset-y-0 bg-stone-900/5"
              style={{ left: `${(active! / n) * 100}%`, width: `${100 / n}%` }}
            />
          ) : (
            <>
              <div
                className="pointer-events-none absolute inset-y-0 w-px bg-stone-300"
                style={{ left: `${item.x}%` }}
              />
              {item.y !== undefined ? (
                <div
                  className="pointer-events-none absolute size-3 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 bg-white"
                  style={{ left: `${item.x}%`, top: `${item.y}%`, borderColor: color }}
                />
              ) : null}
            </>
          )}
          <div
            className="pointer-events-none absolute top-0 z-10 rounded-md bg-white px-2.5 py-1.5 text-xs whitespace-nowrap text-stone-800 shadow-md ring-1 ring-stone-200"
            style={{ left: `${item.x}%`, transform: item.x > 50 ? "translateX(calc(-100% - 8px))" : "translateX(8px)" }}
          >
            <p className="font-semibold">{item.title}</p>
            {item.lines.map((l) => (
              <p key={l} className="tabular-nums">
                {l}
              </p>
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
