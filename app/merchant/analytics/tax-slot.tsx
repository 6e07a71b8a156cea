// The GST card's slot: this month or the one asked for (?taxMonth=YYYY-MM), and the two before.
import { TaxSummaryCard } from "@/components/analytics/tax-summary-card";
import { getTaxSummary } from "@/lib/queries/tax-summary";
import { zonedDate } from "@/lib/time";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const back = (m: string, n: number) => {
  const [y, mm] = m.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, mm - 1 - n, 1));
  return d.toISOString().slice(0, 7);
};

export async function TaxSlot({
  merchantId,
  timeZone,
  month,
}: {
  merchantId: string;
  timeZone: string;
  month?: string;
}) {
  const current = zonedDate(new Date(), timeZone).slice(0, 7);
  const m = month && MONTH.test(month) ? month : current;
  const s = await getTaxSummary(merchantId, m);
  return <TaxSummaryCard s={s} months={[current, back(current, 1), back(current, 2)]} />;
}
