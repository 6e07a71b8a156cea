// Money is integer paise end to end; this is the only place rupees appear.

export const MAX_SALE_PAISE = 10_00_000 * 100; // ₹10,00,000

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, fraction: boolean) {
  const key = `${locale}:${fraction}`;
  let f = formatters.get(key);
  if (!f) {
    // en-IN / hi-IN both give Indian digit grouping: ₹1,23,456.50
    f = new Intl.NumberFormat(locale === "hi" ? "hi-IN" : "en-IN", {
      style: "currency",
      currency: "INR",
      minimumFractionDigits: fraction ? 2 : 0,
      maximumFractionDigits: fraction ? 2 : 0,
    });
    formatters.set(key, f);
  }
  return f;
}

/** 123450 -> "₹1,234.50"; whole rupees drop the paise unless `alwaysPaise`. */
export function formatPaise(paise: number, locale = "en", alwaysPaise = false): string {
  if (!Number.isInteger(paise)) throw new Error(`paise must be an integer, got ${paise}`);
  const showFraction = alwaysPaise || paise % 100 !== 0;
  const sign = paise < 0 ? "-" : "";
  const abs = Math.abs(paise);
  // Format rupees and paise as integers so no float ever touches the amount.
  const rupees = Math.trunc(abs / 100);
  const rest = abs % 100;
  const whole = formatter(locale, false).format(rupees);
  return sign + (showFraction ? `${whole}.${String(rest).padStart(2, "0")}` : whole);
}

/** "1,234.5" / "1234.50" / "12" -> paise, or null when it is not a rupee amount. */
export function parseRupeesToPaise(input: string): number | null {
  const s = input.replace(/[,\s₹]/g, "");
  const m = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** Paise as a plain decimal rupee string for payloads and CSV: 15500 -> "155.00". */
export function paiseToDecimalString(paise: number): string {
  const sign = paise < 0 ? "-" : "";
  const abs = Math.abs(paise);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
