// Weighed-item barcodes printed by a shop's scale: EAN-13 "2x PPPPP VVVVV C" (GS1's in-store
// prefix 20-29), PLU = 5 digits matched to the product's SKU digits, value = 5 digits of weight
// (grams / ml, i.e. milli-units of kg / litre) or price in paise, as the shop set it.
import { milliForAmount } from "@/lib/quantity";
import type { PosProduct } from "./pos-data";

export type ScaleFormat = "OFF" | "WEIGHT" | "PRICE";

/** The EAN-13 check digit of the first 12 digits. */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export type ScaleCode = { plu: number; value: number };

/** The PLU and value of a weighed-item barcode, or null when the code is not one. */
export function parseScaleCode(code: string): ScaleCode | null {
  if (!/^2\d{12}$/.test(code)) return null;
  if (ean13CheckDigit(code.slice(0, 12)) !== Number(code[12])) return null;
  return { plu: Number(code.slice(2, 7)), value: Number(code.slice(7, 12)) };
}

/** "KIR-0031" -> 31: the digits of a SKU, which is what the scale was taught as the PLU. */
const pluOf = (sku: string | null) => {
  const d = sku?.replace(/\D/g, "") ?? "";
  return d ? Number(d) : null;
};

/**
 * The cart line a scanned scale barcode stands for: the product and its quantity in units
 * (0.25 for 250 g of a per-kg item). Null when scale codes are off, or nothing matches.
 */
export function scaleLine(
  products: readonly PosProduct[],
  code: string,
  format: ScaleFormat,
): { product: PosProduct; quantity: number } | null {
  if (format === "OFF") return null;
  const parsed = parseScaleCode(code);
  if (!parsed || parsed.value <= 0) return null;
  const product = products.find((p) => pluOf(p.sku) === parsed.plu);
  if (!product) return null;
  const milli = format === "WEIGHT" ? parsed.value : milliForAmount(parsed.value, product.pricePaise);
  return milli > 0 ? { product, quantity: milli / 1000 } : null;
}
