// The CSV of each analytics card: the same domain functions as the cards, so a download
// always agrees with the screen. Money as plain rupees ("155.00"), headers in the user's language.
import type { CardId } from "@/components/analytics/analytics-card";
import {
  AGE_BUCKETS,
  METHODS,
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
import { toCsv } from "@/lib/domain/csv";
import { paiseToDecimalString as rupees } from "@/lib/money";

export const CARDS: readonly CardId[] = [
  "today",
  "trend",
  "methods",
  "categories",
  "customers",
  "products",
  "guests",
  "growth",
  "dues",
  "stock",
];
/** Every row the CSV may hold where the card shows a top 10 (dues, stock). */
const ALL = 100_000;

type T = (key: string, values?: Record<string, string | number>) => string;

export async function cardCsv(card: CardId, merchantId: string, p: ResolvedPeriod, t: T): Promise<string> {
  const c = (k: string) => t(`csv.${k}`);
  switch (card) {
    case "today": {
      const d = await todaySummary(merchantId, p);
      return toCsv(
        [c("day"), c("date"), c("salesRupees"), c("count"), c("averageRupees")],
        [
          [c("todayRow"), d.date, rupees(d.salesPaise), d.count, rupees(d.averagePaise)],
          [
            c("lastWeekRow"),
            d.lastWeek.date,
            rupees(d.lastWeek.salesPaise),
            d.lastWeek.count,
            rupees(d.lastWeek.averagePaise),
          ],
        ],
      );
    }
    case "trend": {
      const rows = await revenueTrend(merchantId, p);
      return toCsv(
        [c("date"), c("revenueRupees"), c("count")],
        rows.map((r) => [r.date, rupees(r.revenuePaise), r.count]),
      );
    }
    case "methods": {
      const d = await salesByMethod(merchantId, p);
      return toCsv(
        [c("method"), c("amountRupees"), c("count")],
        METHODS.map((m) => [t(`methods.${m}`), rupees(d[m].amountPaise), d[m].count]),
      );
    }
    case "categories": {
      const d = await salesByCategory(merchantId, p);
      const rows: (string | number)[][] = d.rows.map((r) => [r.category, rupees(r.amountPaise), r.units]);
      if (d.unitemizedPaise !== 0) rows.push([t("categories.unitemized"), rupees(d.unitemizedPaise), ""]);
      return toCsv([c("category"), c("amountRupees"), c("units")], rows);
    }
    case "customers": {
      const rows = await topCustomers(merchantId, p);
      return toCsv(
        [c("rank"), c("customer"), c("phone"), c("spendRupees"), c("count")],
        rows.map((r, i) => [i + 1, r.name, r.phone, rupees(r.spendPaise), r.count]),
      );
    }
    case "products": {
      const d = await topProducts(merchantId, p);
      const list = (name: string, rows: typeof d.byRevenue) =>
        rows.map((r, i) => [name, i + 1, r.name, rupees(r.revenuePaise), r.units]);
      return toCsv(
        [c("list"), c("rank"), c("product"), c("revenueRupees"), c("units")],
        [...list(t("products.byRevenue"), d.byRevenue), ...list(t("products.byUnits"), d.byUnits)],
      );
    }
    case "guests": {
      const d = await guestVsKnown(merchantId, p);
      return toCsv(
        [c("buyer"), c("amountRupees"), c("count"), c("customers")],
        [
          [t("guests.guest"), rupees(d.guest.amountPaise), d.guest.count, ""],
          [t("guests.known"), rupees(d.known.amountPaise), d.known.count, d.known.customers],
        ],
      );
    }
    case "growth": {
      const d = await growth(merchantId, p);
      return toCsv(
        [c("period"), c("from"), c("to"), c("revenueRupees"), c("count"), c("averageRupees")],
        [
          [
            c("thisPeriod"),
            p.fromDate,
            p.toDate,
            rupees(d.current.revenuePaise),
            d.current.count,
            rupees(d.current.averagePaise),
          ],
          [
            c("previousPeriod"),
            d.previous.fromDate,
            d.previous.toDate,
            rupees(d.previous.revenuePaise),
            d.previous.count,
            rupees(d.previous.averagePaise),
          ],
        ],
      );
    }
    case "dues": {
      // Every customer who owes, then the aging totals (a second small table after a blank line).
      const d = await outstandingDues(merchantId, p, new Date(), ALL);
      const people = toCsv(
        [c("customer"), c("phone"), c("dueRupees"), c("oldestBill"), c("ageDays"), c("ageGroup"), c("openBills")],
        d.top.map((r) => [r.name, r.phone, rupees(r.duePaise), r.oldestDate, r.ageDays, r.bucket, r.openBills]),
      );
      const aging = toCsv(
        [c("ageGroup"), c("dueRupees")],
        AGE_BUCKETS.map((b) => [b, rupees(d.buckets[b].amountPaise)]),
      );
      return `${people}\r\n${aging}`;
    }
    case "stock": {
      const d = await stockAlerts(merchantId, p, ALL);
      return toCsv(
        [c("product"), c("category"), c("stock"), c("threshold"), c("state")],
        d.items.map((r) => [
          r.name,
          r.category,
          r.stock,
          r.lowStockThreshold,
          t(r.state === "out" ? "stock.out" : "stock.low"),
        ]),
      );
    }
  }
}
