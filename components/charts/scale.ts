// Axis arithmetic for the plain-SVG charts: round ticks, where each point sits, which labels
// fit, and a smooth line that never overshoots its points. Pure functions, unit-tested.

/** 0 to a round top in `count - 1` or fewer equal whole steps (1, 2, 5 x 10^k), covering `max`. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / (count - 1);
  const mag = 10 ** Math.floor(Math.log10(rough));
  const norm = rough / mag;
  // 2.5 only from 25 up, so every step stays a whole number.
  const factor = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 && mag >= 10 ? 2.5 : norm <= 5 ? 5 : 10;
  const step = Math.max(1, factor * mag);
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

/** x of point i of n on a line chart, in percent: first at the left edge, last at the right. */
export const pointX = (i: number, n: number) => (n <= 1 ? 50 : (i / (n - 1)) * 100);

/**
 * Which x labels to show: 2 = always, 1 = only on a wide chart, 0 = never. About `narrow`
 * labels on a phone and `wide` on a big screen, evenly spaced from the first; the wide set
 * includes the narrow one, so a label never moves when the chart widens.
 */
export function labelTiers(n: number, narrow = 5, wide = 10): (0 | 1 | 2)[] {
  const fine = Math.max(1, Math.ceil((n - 1) / (wide - 1)));
  const coarse = n <= narrow ? 1 : fine * Math.max(2, Math.ceil(Math.ceil((n - 1) / (narrow - 1)) / fine));
  return Array.from({ length: n }, (_, i) => (i % coarse === 0 ? 2 : i % fine === 0 ? 1 : 0));
}

/**
 * SVG path through points (x ascending) as a monotone cubic curve (d3's curveMonotoneX):
 * smooth, and never above the highest nor below the lowest of two neighbouring points, so a
 * day of ₹0 is drawn at ₹0, not under it.
 */
export function monotonePath(points: { x: number; y: number }[]): string {
  const n = points.length;
  if (n === 0) return "";
  const f = (v: number) => Number(v.toFixed(2));
  const [p0] = points;
  if (n === 1) return `M${f(p0!.x)},${f(p0!.y)}`;
  if (n === 2) return `M${f(p0!.x)},${f(p0!.y)}L${f(points[1]!.x)},${f(points[1]!.y)}`;
  const sign = (v: number) => (v < 0 ? -1 : 1);
  const slopes = points.slice(1).map((p, i) => (p.y - points[i]!.y) / (p.x - points[i]!.x || 1));
  const m = new Array<number>(n).fill(0);
  for (let i = 1; i < n - 1; i++) {
    const h0 = points[i]!.x - points[i - 1]!.x;
    const h1 = points[i + 1]!.x - points[i]!.x;
    const s0 = slopes[i - 1]!;
    const s1 = slopes[i]!;
    const p = (s0 * h1 + s1 * h0) / (h0 + h1);
    m[i] = (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
  }
  m[0] = (3 * slopes[0]! - m[1]!) / 2;
  m[n - 1] = (3 * slopes[n - 2]! - m[n - 2]!) / 2;
  let d = `M${f(p0!.x)},${f(p0!.y)}`;
  for (let i = 0; i < n - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const dx = (b.x - a.x) / 3;
    d += `C${f(a.x + dx)},${f(a.y + dx * m[i]!)},${f(b.x - dx)},${f(b.y - dx * m[i + 1]!)},${f(b.x)},${f(b.y)}`;
  }
  return d;
}
