// Exact quantities: loose goods are sold to 3 decimals (0.250 kg), stored as integer
// milli-units (1 piece, 1 kg, 1 litre = 1000). Money stays integer paise: quantity x price is
// rounded to paise here, once, for the POS, the server and the receipts alike. No imports:
// the POS bundle uses this file too (like lib/money.ts), so it is not under lib/domain.

export type UnitName = "PIECE" | "KG" | "G" | "LITRE" | "ML" | "PACK" | "DOZEN";

export const MILLI = 1000;
/** Most of one product in stock: 1,000,000 units = 1e9 milli-units, inside a 32-bit Int. */
export const MAX_STOCK_MILLI = 1_000_000 * MILLI;

const WEIGHED: ReadonlySet<string> = new Set(["KG", "G", "LITRE", "ML"]);

/** KG, G, LITRE and ML sell in any quantity to 3 decimals; PIECE, PACK and DOZEN whole only. */
export function isWeighed(unit: string): boolean {
  return WEIGHED.has(unit);
}

/**
 * 0.25 -> 250. null when the number has more than 3 decimals (or is not finite): the float
 * is read to the nearest milli and accepted only if it was that milli to begin with.
 */
export function toMilli(quantity: number): number | null {
  if (!Number.isFinite(quantity)) return null;
  const m = Math.round(quantity * MILLI);
  return Math.abs(m - quantity * MILLI) < 1e-6 * Math.max(1, Math.abs(quantity)) ? m : null;
}

/** 250 -> 0.25 (for JSON and inputs; exact for every milli value we store). */
export function fromMilli(milli: number): number {
  return milli / MILLI;
}

/** Whether a quantity is allowed for the unit: whole for countable units. */
export function fitsUnit(quantityMilli: number, unit: string): boolean {
  return isWeighed(unit) || quantityMilli % MILLI === 0;
}

/**
 * THE rounding: quantityMilli x unitPricePaise / 1000, to paise, half away from zero.
 * BigInt, because 1e9 milli x a large price passes 2^53.
 */
export function linePaise(quantityMilli: number, unitPricePaise: number): number {
  const prod = BigInt(quantityMilli) * BigInt(unitPricePaise);
  const neg = prod < 0n;
  const abs = neg ? -prod : prod;
  const rounded = (abs + 500n) / 1000n;
  return Number(neg ? -rounded : rounded);
}

/**
 * "₹50 of sugar": the quantity whose price is nearest the amount (half up), in milli-units.
 * The line is then priced by linePaise, so it may differ from the amount by a paisa or so.
 */
export function milliForAmount(amountPaise: number, unitPricePaise: number): number {
  if (unitPricePaise <= 0 || amountPaise <= 0) return 0;
  const q = (BigInt(amountPaise) * 1000n * 2n + BigInt(unitPricePaise)) / (BigInt(unitPricePaise) * 2n);
  return Number(q);
}

const SYMBOL: Record<string, string> = { KG: "kg", G: "g", LITRE: "L", ML: "ml" };

/**
 * How a quantity is shown everywhere (receipts, stock, orders, CSV): "0.250 kg", "1.500 L",
 * "250 g", "12.5 ml"; countable units as the plain number ("2").
 */
export function formatQuantity(quantityMilli: number, unit: string): string {
  const symbol = SYMBOL[unit];
  const sign = quantityMilli < 0 ? "-" : "";
  const abs = Math.abs(quantityMilli);
  const whole = Math.floor(abs / MILLI);
  const frac = String(abs % MILLI).padStart(3, "0");
  if (unit === "KG" || unit === "LITRE") return `${sign}${whole}.${frac} ${symbol}`;
  const trimmed = frac.replace(/0+$/, "");
  const n = `${sign}${whole}${trimmed ? `.${trimmed}` : ""}`;
  return symbol ? `${n} ${symbol}` : n;
}

/** The number as typed into an input or a CSV cell: 250 -> "0.25", 2000 -> "2". */
export function quantityText(quantityMilli: number): string {
  return String(fromMilli(quantityMilli));
}
