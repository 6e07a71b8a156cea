// Money is integer paise end to end; this is the only place rupees appear.

export const MAX_SALE_PAISE = 10_00_000 * 100; // ₹10,00,000

/**
 * Whole rupees with Indian digit grouping: 1234567 -> "12,34,567" (the last three digits, then
 * pairs). What Intl.NumberFormat("en-IN" / "hi-IN", INR) prints, without building one: its first
 * construction costs a phone 15-20 ms of ICU start-up on every page load (bench/README §13).
 */
function groupIndian(rupees: number): string {
  const digits = String(rupees);
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3).replace(/\B(?=(\d{2})+$)/g, ",");
  return `${head},${digits.slice(-3)}`;
}

/**
 * 123450 -> "₹1,234.50"; whole rupees drop the paise unless `alwaysPaise`. English and Hindi
 * print the same (₹, Latin digits, Indian grouping); `locale` stays for callers' symmetry.
 */
export function formatPaise(paise: number, _locale = "en", alwaysPaise = false): string {
  if (!Number.isInteger(paise)) throw new Error(`paise must be an integer, got ${paise}`);
  const showFraction = alwaysPaise || paise % 100 !== 0;
  const sign = paise < 0 ? "-" : "";
  const abs = Math.abs(paise);
  // Format rupees and paise as integers so no float ever touches the amount.
  const rupees = Math.trunc(abs / 100);
  const rest = abs % 100;
  const whole = `₹${groupIndian(rupees)}`;
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
