import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CardSkeleton, type CardId } from "@/components/analytics/analytics-card";
import { BentoCell, BentoGrid, CELLS } from "@/components/analytics/bento";
import { DataAsOf } from "@/components/analytics/data-as-of";
import { formatDay } from "@/components/analytics/format";
import { PeriodPicker } from "@/components/analytics/period-picker";
import { requirePermissionPage } from "@/lib/auth/session";
import { MAX_RANGE_DAYS, firstParam, periodSearchParams, resolvePeriodOrDefault } from "@/lib/domain/analytics-period";
import { reportFreshness } from "@/lib/queries/report-freshness";
import { zonedDate } from "@/lib/time";
import {
  CategoriesSlot,
  CustomersSlot,
  DuesSlot,
  GrowthSlot,
  GuestsSlot,
  MethodsSlot,
  ProductsSlot,
  StockSlot,
  TodaySlot,
  TrendSlot,
  type CardProps,
} from "./cards";
import { TaxSlot } from "./tax-slot";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("analytics"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Each cell streams in on its own; the period cards are keyed by the period so a new period
// shows their skeletons.
const SLOTS: Record<CardId, (p: CardProps) => Promise<React.ReactNode>> = {
  today: TodaySlot,
  growth: GrowthSlot,
  trend: TrendSlot,
  methods: MethodsSlot,
  guests: GuestsSlot,
  categories: CategoriesSlot,
  stock: StockSlot,
  dues: DuesSlot,
  customers: CustomersSlot,
  products: ProductsSlot,
};

export default async function AnalyticsPage({ searchParams }: { searchParams: SearchParams }) {
  const { merchant } = await requirePermissionPage("analytics_exports");
  const sp = await searchParams;
  const { period, error } = resolvePeriodOrDefault(
    { period: firstParam(sp.period), from: firstParam(sp.from), to: firstParam(sp.to) },
    merchant.timeZone,
  );
  const [t, locale, freshness] = await Promise.all([getTranslations("analytics"), getLocale(), reportFreshness()]);
  const props: CardProps = { merchantId: merchant.id, period, exportQuery: periodSearchParams(period).toString() };
  const periodKey = `${period.fromDate}_${period.toDate}`;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        {/* The title and subtitle are the layout's (drawn in the first HTML, see layout.tsx). */}
        <div>
          <p className="text-sm font-medium text-stone-800" data-testid="period-range">
            {t("showing", {
              from: formatDay(period.fromDate, locale, true),
              to: formatDay(period.toDate, locale, true),
            })}
          </p>
          <DataAsOf freshness={freshness} timeZone={merchant.timeZone} />
        </div>
        <PeriodPicker
          current={period.key}
          from={period.fromDate}
          to={period.toDate}
          today={zonedDate(new Date(), merchant.timeZone)}
          maxDays={MAX_RANGE_DAYS}
        />
      </div>
      {error ? (
        <p role="alert" className="rounded-xl bg-amber-50 px-4 py-3 text-amber-900 ring-1 ring-amber-200">
          {t("invalidPeriod")}
        </p>
      ) : null}
      <BentoGrid>
        {CELLS.map((cell) => {
          const Slot = SLOTS[cell.id];
          return (
            <BentoCell key={cell.id} cell={cell}>
              <Suspense
                key={cell.periodic ? periodKey : cell.id}
                fallback={<CardSkeleton id={cell.id} tall={cell.tall} />}
              >
                <Slot {...props} />
              </Suspense>
            </BentoCell>
          );
        })}
      </BentoGrid>
      <Suspense fallback={null}>
        <TaxSlot merchantId={merchant.id} timeZone={merchant.timeZone} month={firstParam(sp.taxMonth)} />
      </Suspense>
    </div>
  );
}
