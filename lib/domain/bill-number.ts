// Bill numbers (Rule 46(b), INDIA-BILLING.md "Bill numbers"): PREFIX/26-27/000123, at most 16
// characters, one gapless series per shop, series and financial year. The number is taken
// inside the sale's own DB transaction from a counter row (INSERT ... ON CONFLICT DO UPDATE
// ... RETURNING): the row stays locked until commit, so two counters selling at once get
// consecutive numbers, and a sale that rolls back gives its number back (no gap).
import type { Tx } from "@/lib/db";
import { zonedDate } from "@/lib/time";

export const DEFAULT_BILL_PREFIX = "INV";
/** Credit notes run their own series (CN/26-27/000001: 15 characters). */
export const CREDIT_NOTE_SERIES = "CN";
export const SEQ_DIGITS = 6;

/** The financial year (1 April to 31 March) of an instant in the shop's zone: "26-27". */
export function financialYear(instant: Date, timeZone: string): string {
  const [y, m] = zonedDate(instant, timeZone).split("-").map(Number) as [number, number];
  const start = m >= 4 ? y : y - 1;
  const yy = (n: number) => String(n % 100).padStart(2, "0");
  return `${yy(start)}-${yy(start + 1)}`;
}

export function formatBillNumber(series: string, fy: string, seq: number): string {
  return `${series}/${fy}/${String(seq).padStart(SEQ_DIGITS, "0")}`;
}

/** The next number of a series, holding the counter row's lock until the caller commits. */
export async function nextBillSeq(tx: Tx, merchantId: string, series: string, fy: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "BillCounter" ("merchantId", "series", "fy", "last") VALUES (${merchantId}, ${series}, ${fy}, 1)
    ON CONFLICT ("merchantId", "series", "fy") DO UPDATE SET "last" = "BillCounter"."last" + 1
    RETURNING "last"`;
  return row!.last;
}
