// The analytics page's cards: each reads its own figures, so each can sit in its own
// <Suspense> and one slow or failing query never blanks the rest of the page.
import { CardError, type CardId } from "@/components/analytics/analytics-card";
import { CategoriesCard } from "@/components/analytics/categories-card";
import { CustomersCard } from "@/components/analytics/customers-card";
import { DuesCard } from "@/components/analytics/dues-card";
import { GrowthCard } from "@/components/analytics/growth-card";
import { GuestsCard } from "@/components/analytics/guests-card";
import { MethodsCard } from "@/components/analytics/methods-card";
import { ProductsCard } from "@/components/analytics/products-card";
import { StockCard } from "@/components/analytics/stock-card";
import { TodayCard } from "@/components/analytics/today-card";
import { TrendCard } from "@/components/analytics/trend-card";
import {
  growth,
  guestVsKnown,
  outstandingDues,
  revenueTrend,
  salesByCategory,
  salesByMethod,
  stockAlerts,
  todaySummary,
  topCustomers,
  topProducts,
} from "@/lib/queries/analytics";
import type { ResolvedPeriod } from "@/lib/domain/analytics-period";

export type CardProps = { merchantId: string; period: ResolvedPeriod; exportQuery: string };

async function load<T>(id: CardId, query: () => Promise<T>, render: (data: T) => React.ReactNode) {
  let data: T;
  try {
    data = await query();
  } catch (err) {
    console.error(`analytics: the ${id} card failed`, err);
    return <CardError id={id} />;
  }
  return render(data);
}

export const TodaySlot = ({ merchantId, period }: CardProps) =>
  load(
    "today",
    () => todaySummary(merchantId, period),
    (d) => <TodayCard data={d} />,
  );
export const GrowthSlot = ({ merchantId, period, exportQuery }: CardProps) =>
  load(
    "growth",
    () => growth(merchantId, period),
    (d) => <GrowthCard data={d} days={period.days} exportQuery={exportQuery} />,
  );
export const TrendSlot = ({ merchantId, period, exportQuery }: CardProps) =>
  load(
    "trend",
    () => revenueTrend(merchantId, period),
    (d) => <TrendCard points={d} exportQuery={exportQuery} />,
  );
export const MethodsSlot = ({ merchantId, period, exportQuery }: CardProps) =>
  load(
    "methods",
    () => salesByMethod(merchantId, period),
    (d) => <MethodsCard data={d} exportQuery={exportQuery} />,
  );
export const CategoriesSlot = ({ merchantId, period, exportQuery }: CardProps) =>
  load(
    "categories",
    () => salesByCategory(merchantId, period),
    (d) => <CategoriesCard data={d} exportQuery={exportQuery} />,
  );
export const GuestsSlot = ({ merchantId, period, exportQuery }: CardProps) =>
  load(
    "guests",
    () => guestVsKnown(merchantId, period),
    (d) => <GuestsCard data={d} exportQuery={exportQuery} />,
  );
export const CustomersSlot = ({ merchantId, period, exportQuery }: CardProps) =>
  load(
    "customers",
    () => topCustomers(merchantId, period),
    (d) => <CustomersCard rows={d} exportQuery={exportQuery} />,
  );
export const ProductsSlot = ({ merchantId, period, exportQuery }: CardProps) =>
  load(
    "products",
    () => topProducts(merchantId, period),
    (d) => <ProductsCard data={d} exportQuery={exportQuery} />,
  );
export const DuesSlot = ({ merchantId, period }: CardProps) =>
  load(
    "dues",
    () => outstandingDues(merchantId, period),
    (d) => <DuesCard data={d} />,
  );
export const StockSlot = ({ merchantId, period }: CardProps) =>
  load(
    "stock",
    () => stockAlerts(merchantId, period),
    (d) => <StockCard data={d} />,
  );
