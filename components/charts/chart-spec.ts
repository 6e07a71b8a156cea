// What a chart shows, as plain data: a server component builds it (labels already translated,
// dates already formatted in the shop's language), and <LazyChart> draws it with recharts. No
// functions cross the server/client line, so any card (revenue trend, spending, tax, shifts)
// can hand one over without a client component of its own.

export type ChartSeries = {
  /** Key into each row's `values`. */
  key: string;
  /** Translated name: the legend, the tooltip and the table's column header. */
  label: string;
  color: string;
};

export type ChartRow = {
  /** Stable id (a date, a bucket start). */
  key: string;
  /** Short x-axis label, e.g. "3 Dec". */
  tick: string;
  /** Tooltip and table row heading, e.g. "3 Dec 2026". */
  title: string;
  values: Record<string, number>;
  /** An extra tooltip line, already formatted (e.g. "12 sales"). */
  note?: string;
  /** Tapping this row's bar or point opens it (a URL: the server draws the new state). */
  href?: string;
  /** Drawn faded (e.g. every bar but the selected one). */
  dim?: boolean;
};

export type ChartSpec = {
  kind: "area" | "bar";
  /** Bars of all series on top of each other (bar charts). */
  stacked?: boolean;
  rows: ChartRow[];
  series: ChartSeries[];
  /** How values read: integer paise (axis in compact rupees) or plain counts. */
  format: "paise" | "count";
  locale: "en" | "hi";
  /** What the chart shows, in words, for screen readers (the figure's caption). */
  caption: string;
  /** The table's first column header (e.g. "Date", "Week"). */
  xTitle: string;
  /** Header of a table column holding each row's `note` (none without it). */
  noteLabel?: string;
  /** Show the series legend above the plot (multi-series charts). */
  legend?: boolean;
  /** Dots on the line (short periods: one day alone would draw nothing visible). */
  dots?: boolean;
  /** Plot height in px; the placeholder has exactly this height, so nothing moves. */
  height?: number;
  /** data-testid of the figure; the drawn chart gets `${testId}-svg`. */
  testId?: string;
};

export const CHART_HEIGHT = 256;
