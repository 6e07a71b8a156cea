// Spending per week or month, paid and credit stacked, drawn as plain SVG on the server (no
// chart library). Tapping a bar picks that period for the shop breakdown below (a URL
// change, so the server computes it and back works); the period chips under the chart do
// the same from a keyboard. Screen readers get a table of every period.
import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ChartHover } from "@/components/charts/chart-hover";
import { labelTiers, niceTicks } from "@/components/charts/scale";
import { formatPaise } from "@/lib/money";

export type ChartBucket = { start: string; label: string; paidPaise: number; creditPaise: number };

const PAID = "#178044";
const CREDIT = "#d97706";
const round = (v: number) => Number(v.toFixed(3));
const pct = (v: number) => `${round(v)}%`;

// Whole rupees on the axis: ₹1,200 reads faster than ₹1,200.00 on a small screen.
const rupees = (paise: number, locale: string) => formatPaise(Math.round(paise / 100) * 100, locale);

export function ExpenseChart({
  buckets,
  selected,
  hrefFor,
}: {
  buckets: ChartBucket[];
  selected: string;
  hrefFor: Record<string, string>;
}) {
  const t = useTranslations("expenses");
  const locale = useLocale();
  const n = buckets.length;
  const ticks = niceTicks(Math.ceil(Math.max(0, ...buckets.map((b) => b.paidPaise + b.creditPaise)) / 100)).map(
    (r) => r * 100,
  );
  const top = ticks[ticks.length - 1]!;
  const band = 100 / Math.max(1, n);
  const tiers = labelTiers(n, 6, 12);
  const h = (paise: number) => (Math.max(0, paise) / top) * 100;

  return (
    <div className="w-full" data-testid="expense-chart">
      <ChartFrame
        yAxisWidth={64}
        yTicks={ticks.map((v) => ({ frac: v / top, label: rupees(v, locale) }))}
        xLabels={buckets.map((b, i) => ({ pct: (i + 0.5) * band, label: b.label, tier: tiers[i]! }))}
      >
        <svg className="absolute inset-0 h-full w-full" focusable="false">
          {buckets.map((b, i) => {
            // A gap of a tenth of the band either side, as recharts drew it.
            const x = pct(i * band + band * 0.1);
            const width = pct(band * 0.8);
            const paid = h(b.paidPaise);
            const credit = h(b.creditPaise);
            const opacity = b.start === selected ? 1 : 0.5;
            return (
              <g key={b.start} fillOpacity={opacity} data-testid="expense-bar">
                {paid > 0 ? <rect x={x} width={width} y={pct(100 - paid)} height={pct(paid)} fill={PAID} /> : null}
                {credit > 0 ? (
                  <rect x={x} width={width} y={pct(100 - paid - credit)} height={pct(credit)} fill={CREDIT} />
                ) : null}
              </g>
            );
          })}
        </svg>
        <ChartHover
          mode="band"
          items={buckets.map((b, i) => ({
            x: round((i + 0.5) * band),
            title: b.label,
            lines: [
              `${t("paid")}: ${formatPaise(b.paidPaise, locale)}`,
              `${t("credit")}: ${formatPaise(b.creditPaise, locale)}`,
            ],
            href: hrefFor[b.start],
          }))}
        />
      </ChartFrame>
      <table className="sr-only">
        <thead>
          <tr>
            <td />
            <th scope="col">{t("paid")}</th>
            <th scope="col">{t("credit")}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.start}>
              <th scope="row">{b.label}</th>
              <td>{formatPaise(b.paidPaise, locale)}</td>
              <td>{formatPaise(b.creditPaise, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sr-only">
        {t("chartSelected", { period: buckets.find((b) => b.start === selected)?.label ?? "" })}
      </p>
    </div>
  );
}
