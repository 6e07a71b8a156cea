"use client";
// Every chart in the app goes through this one wrapper. The server renders the figure whole
// except the picture: its caption and a table of every figure (screen readers, keyboards), the
// legend, and an empty plot box of the chart's exact height (so nothing moves when the chart
// appears). recharts is fetched with import() and drawn when the box comes within 150 px of the
// viewport; a chart further down is only fetched, once the page has loaded and gone idle.
// Drawing a chart is the costly part on a phone (about a second of main thread at 4x CPU
// slowdown), so nothing below the first screen is drawn before it is scrolled to.
import { type ComponentType, useEffect, useRef, useState } from "react";
import { CHART_HEIGHT, type ChartSpec } from "./chart-spec";
import { formatValue } from "./format-value";

type Chart = ComponentType<{ spec: ChartSpec }>;

// One import for every chart on the page.
let loading: Promise<Chart> | null = null;
const loadChart = () => (loading ??= import("./recharts-chart").then((m) => m.default));

/** Idle after load: the browser has nothing better to do, and the first paint is long done. */
function whenIdle(run: () => void): () => void {
  let idleId: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    // A few seconds after load, so fetching the chart never competes with the page's own start.
    timer = setTimeout(() => {
      idleId = "requestIdleCallback" in window ? window.requestIdleCallback(run, { timeout: 5000 }) : undefined;
      if (idleId === undefined) run();
    }, IDLE_DELAY_MS);
  };
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
  return () => {
    window.removeEventListener("load", schedule);
    if (timer) clearTimeout(timer);
    if (idleId !== undefined) window.cancelIdleCallback(idleId);
  };
}

const IDLE_DELAY_MS = 5000;
/** How close below (or above) the screen a chart starts to load: about a card's scroll away. */
const NEAR = "150px 0px";

export function LazyChart({ spec }: { spec: ChartSpec }) {
  const box = useRef<HTMLDivElement>(null);
  // Always the placeholder first, also when recharts is already here: the server rendered it,
  // a card streamed in later must hydrate to the same markup, and a chart off screen waits.
  const [Chart, setChart] = useState<Chart | null>(null);
  const height = spec.height ?? CHART_HEIGHT;

  useEffect(() => {
    if (Chart) return;
    let live = true;
    const draw = () => {
      io?.disconnect();
      void loadChart().then((c) => live && setChart(() => c));
    };
    // Near the screen: fetch and draw. Idle: only fetch, so a chart further down draws at once
    // when scrolled to, while drawing it (the costly part) waits until then.
    const io =
      typeof IntersectionObserver === "function"
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && draw(), {
            rootMargin: NEAR,
          })
        : null;
    if (io && box.current) io.observe(box.current);
    else draw();
    const cancelIdle = whenIdle(() => void loadChart());
    return () => {
      live = false;
      io?.disconnect();
      cancelIdle();
    };
  }, [Chart]);

  const captionId = `${spec.testId ?? "chart"}-caption`;
  return (
    <figure className="w-full" data-testid={spec.testId} aria-labelledby={captionId}>
      <figcaption id={captionId} className="sr-only">
        {spec.caption}
      </figcaption>
      {spec.legend ? (
        <p className="mb-2 flex flex-wrap gap-3 text-xs text-stone-700" aria-hidden>
          {spec.series.map((s) => (
            <span key={s.key} className="inline-flex items-center gap-1">
              <span className="size-2.5 rounded-sm" style={{ background: s.color }} />
              {s.label}
            </span>
          ))}
        </p>
      ) : null}
      <div
        ref={box}
        aria-hidden
        className="relative w-full select-none"
        style={{ height }}
        data-testid={Chart && spec.testId ? `${spec.testId}-svg` : undefined}
        data-chart={Chart ? "ready" : "pending"}
      >
        {Chart ? (
          <Chart spec={spec} />
        ) : (
          // The placeholder: the plot's grid lines, so the card does not look empty meanwhile.
          <div className="absolute inset-y-2 right-2 left-16 border-b border-stone-300 bg-[repeating-linear-gradient(to_bottom,#f5f5f4_0,#f5f5f4_1px,transparent_1px,transparent_25%)]" />
        )}
      </div>
      <table className="sr-only">
        <thead>
          <tr>
            <th scope="col">{spec.xTitle}</th>
            {spec.series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
            {spec.noteLabel ? <th scope="col">{spec.noteLabel}</th> : null}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.title}</th>
              {spec.series.map((s) => (
                <td key={s.key}>{formatValue(spec, r.values[s.key] ?? 0)}</td>
              ))}
              {spec.noteLabel ? <td>{r.note}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
