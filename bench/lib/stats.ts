// Latency statistics from sorted samples (nearest-rank percentiles), and medians of runs.

export type Summary = { n: number; min: number; p50: number; p95: number; p99: number; max: number; mean: number };

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.length ? s.reduce((a, b) => a + b, 0) / s.length : NaN;
  return {
    n: s.length,
    min: s[0] ?? NaN,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s[s.length - 1] ?? NaN,
    mean,
  };
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Round for tables and JSON: ms to 0.1, everything else to 3 significant decimals. */
export const r1 = (v: number) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : v);
export const r3 = (v: number) => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : v);
