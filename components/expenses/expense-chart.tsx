"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPaise } from "@/lib/money";

export type ChartBucket = { start: string; label: string; paidPaise: number; creditPaise: number };

// Whole rupees on the axis: ₹1,200 reads faster than ₹1,200.00 on a small screen.
const rupees = (paise: number, locale: string) => formatPaise(Math.round(paise / 100) * 100, locale);

/**
 * Spending per week or month, paid and credit stacked. Tapping a bar picks that period for
 * the shop breakdown below (a URL change, so the server computes it and back works).
 */
export function ExpenseChart({ buckets, selected, hrefFor }: { buckets: ChartBucket[]; selected: string; hrefFor: Record<string, string> }) {
  const t = useTranslations("expenses");
  const locale = useLocale();
  const router = useRouter();
  const pick = (start?: string) => {
    if (start && hrefFor[start]) router.push(hrefFor[start], { scroll: false });
  };
  return (
    <div className="h-64 w-full" data-testid="expense-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={buckets} margin={{ top: 8, right: 4, bottom: 0, left: 0 }} onClick={(s) => pick(buckets[Number(s?.activeTooltipIndex ?? -1)]?.start)}>
          <CartesianGrid vertical={false} stroke="#e7e5e4" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" tickLine={false} />
          <YAxis tickFormatter={(v: number) => rupees(v, locale)} tick={{ fontSize: 11 }} width={64} tickLine={false} axisLine={false} />
          <Tooltip
            formatter={(v, name) => [rupees(Number(v), locale), name === "paidPaise" ? t("paid") : t("credit")]}
            labelFormatter={(l) => String(l)}
            cursor={{ fill: "#f5f5f4" }}
          />
          <Bar dataKey="paidPaise" name="paidPaise" stackId="spend" fill="#178044" cursor="pointer">
            {buckets.map((b) => <Cell key={b.start} fillOpacity={b.start === selected ? 1 : 0.5} />)}
          </Bar>
          <Bar dataKey="creditPaise" name="creditPaise" stackId="spend" fill="#d97706" radius={[4, 4, 0, 0]} cursor="pointer">
            {buckets.map((b) => <Cell key={b.start} fillOpacity={b.start === selected ? 1 : 0.5} />)}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <p className="sr-only">{t("chartSelected", { period: buckets.find((b) => b.start === selected)?.label ?? "" })}</p>
    </div>
  );
}
