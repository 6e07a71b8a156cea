import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ExpenseChart } from "@/components/expenses/expense-chart";
import { BucketPicker, ExpenseGlance, PeriodTabs, ShopBreakdown } from "@/components/expenses/expense-views";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { requireRolePage } from "@/lib/auth/session";
import { intlLocale } from "@/lib/i18n/config";
import { getExpenses } from "@/lib/queries/bills";
import { firstParam } from "@/lib/url-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Spending by week or month across every shop, paid and credit apart, and by shop for one period. */
export default async function ExpensesPage({ searchParams }: Props) {
  const [user, params, t, locale] = await Promise.all([
    requireRolePage("CUSTOMER"),
    searchParams,
    getTranslations("expenses"),
    getLocale(),
  ]);
  const period = firstParam(params.period) === "month" ? "month" : "week";
  const { week, month } = await getExpenses(user.id);
  const series = period === "week" ? week : month;
  const current = series.buckets.at(-1)!;
  const selected = series.buckets.find((b) => b.start === firstParam(params.at)) ?? current;

  // Bucket starts are calendar dates: format them as dates, in UTC, so no zone shifts the day.
  const fmt = new Intl.DateTimeFormat(
    intlLocale(locale === "hi" ? "hi" : "en"),
    period === "week"
      ? { day: "numeric", month: "short", timeZone: "UTC" }
      : { month: "short", year: "2-digit", timeZone: "UTC" },
  );
  const label = (start: string) => fmt.format(new Date(`${start}T00:00:00Z`));
  const buckets = series.buckets.map((b) => ({
    start: b.start,
    label: label(b.start),
    paidPaise: b.paidPaise,
    creditPaise: b.creditPaise,
  }));
  const hrefFor = Object.fromEntries(
    series.buckets.map((b) => [b.start, `/customer/expenses?period=${period}&at=${b.start}`]),
  );
  const selectedLabel = period === "week" ? t("weekOf", { date: label(selected.start) }) : label(selected.start);
  const empty = series.buckets.every((b) => b.totalPaise === 0);
  const chartTitle = period === "week" ? t("chartWeeks") : t("chartMonths");

  return (
    <div className="flex flex-col gap-4">
      <LiveRefresh types={["sale.created", "sale.voided"]} />
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      <ExpenseGlance week={week.buckets.at(-1)!} month={month.buckets.at(-1)!} />
      <PeriodTabs period={period} />
      <Card className="flex flex-col gap-3">
        <h2 className="font-semibold">{chartTitle}</h2>
        {empty ? (
          <p className="text-sm text-stone-600">{t("emptyBody")}</p>
        ) : (
          <ExpenseChart buckets={buckets} selected={selected.start} hrefFor={hrefFor} caption={chartTitle} />
        )}
        <BucketPicker buckets={buckets} selected={selected.start} hrefFor={hrefFor} />
      </Card>
      <ShopBreakdown bucket={selected} label={selectedLabel} />
      <p className="text-xs text-stone-500">{t("note")}</p>
    </div>
  );
}
