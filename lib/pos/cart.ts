// The running cart: product ids and quantities only. Prices here are the snapshot's and are
// an estimate for the screen; the server prices the sale from the shop's catalogue.
import { discountOf } from "@/lib/domain/gst-tax";
import { MAX_QUANTITY } from "@/lib/limits";
import { isWeighed, linePaise, toMilli } from "@/lib/quantity";
import type { PosCustomer, PosProduct } from "./pos-data";

/** A discount as the sale carries it: percent (2 decimals) or rupees in paise. */
export type CartDiscount = { percent: number } | { amountPaise: number };

/**
 * quantity: units as a decimal, exact to 3 places for loose goods (0.25 kg). discount: on
 * this line only (set by someone allowed to give one; the server checks again).
 */
export type CartLine = { productId: string; quantity: number; discount?: CartDiscount };

/** Whole units for countable goods; loose goods rounded to the gram / ml (3 decimals). */
export function normalizeQuantity(quantity: number, unit = "PIECE"): number {
  const q = isWeighed(unit) ? Math.round(quantity * 1000) / 1000 : Math.trunc(quantity);
  return Math.min(q, MAX_QUANTITY);
}

export function addToCart(lines: CartLine[], productId: string, by = 1, unit = "PIECE"): CartLine[] {
  const at = lines.findIndex((l) => l.productId === productId);
  if (at < 0) {
    const q = normalizeQuantity(by, unit);
    return q > 0 ? [...lines, { productId, quantity: q }] : lines;
  }
  return setQuantity(lines, productId, lines[at]!.quantity + by, unit);
}

/** 0 or less removes the line; never more than the allowed quantity. */
export function setQuantity(lines: CartLine[], productId: string, quantity: number, unit = "PIECE"): CartLine[] {
  const q = normalizeQuantity(quantity, unit);
  if (q <= 0) return lines.filter((l) => l.productId !== productId);
  return lines.map((l) => (l.productId === productId ? { ...l, quantity: q } : l));
}

/** A line's price: the same rounding as the server (lib/quantity linePaise). */
export function cartLinePaise(line: CartLine, product: PosProduct | undefined): number {
  return product ? linePaise(toMilli(line.quantity) ?? 0, product.pricePaise) : 0;
}

/** The line after its own discount, rounded as the server does (lib/domain/gst-tax discountOf). */
export function cartLineNetPaise(line: CartLine, product: PosProduct | undefined): number {
  const gross = cartLinePaise(line, product);
  return gross - discountOf(gross, line.discount);
}

export function cartTotalPaise(lines: CartLine[], byId: Map<string, PosProduct>): number {
  return lines.reduce((sum, l) => sum + cartLineNetPaise(l, byId.get(l.productId)), 0);
}

/** Set (or with undefined, remove) one line's discount. */
export function setLineDiscount(lines: CartLine[], productId: string, discount: CartDiscount | undefined): CartLine[] {
  return lines.map((l) => {
    if (l.productId !== productId) return l;
    const { discount: _old, ...rest } = l;
    return discount ? { ...rest, discount } : rest;
  });
}

const norm = (s: string) => s.toLocaleLowerCase("en-IN").trim();

/**
 * Products matching what was typed: a barcode or SKU typed in full comes first (a scanner
 * types the whole code), then names starting with it, then names, SKUs or barcodes containing it.
 */
export function searchProducts(products: PosProduct[], query: string, limit = 8): PosProduct[] {
  const q = norm(query);
  if (!q) return [];
  const scored: { p: PosProduct; rank: number }[] = [];
  for (const p of products) {
    const name = norm(p.name);
    const sku = p.sku ? norm(p.sku) : "";
    const code = p.barcode ? norm(p.barcode) : "";
    let rank = -1;
    if (code === q || sku === q) rank = 0;
    else if (name.startsWith(q)) rank = 1;
    else if (name.includes(` ${q}`)) rank = 2;
    else if (name.includes(q) || sku.includes(q) || code.includes(q)) rank = 3;
    if (rank >= 0) scored.push({ p, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.p.name.localeCompare(b.p.name));
  return scored.slice(0, limit).map((s) => s.p);
}

/** A product whose barcode or SKU is exactly what was typed (Enter from a scanner adds it). */
export function exactCode(products: PosProduct[], query: string): PosProduct | null {
  const q = norm(query);
  if (!q) return null;
  return products.find((p) => (p.barcode && norm(p.barcode) === q) || (p.sku && norm(p.sku) === q)) ?? null;
}

/** Same rule as the server's picker search: name contains, or phone contains 3+ typed digits. */
export function searchCustomerList(customers: PosCustomer[], query: string, limit = 8): PosCustomer[] {
  const q = norm(query);
  if (!q) return customers.slice(0, limit);
  const digits = q.replace(/\D/g, "");
  const hits = customers.filter(
    (c) => norm(c.name).includes(q) || (digits.length >= 3 && (c.phone ?? "").includes(digits)),
  );
  // Typing more of a number narrows fast: a phone that starts with the digits ranks with a name prefix.
  const rank = (c: PosCustomer) =>
    norm(c.name).startsWith(q) || (digits.length >= 3 && (c.phone ?? "").startsWith(digits))
      ? 0
      : norm(c.name).includes(` ${q}`)
        ? 1
        : 2;
  return hits.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name)).slice(0, limit);
}

/** Pay later past the customer's limit (what the confirm sheet warns about before charging). */
export function overCreditLimit(customer: PosCustomer | null, totalPaise: number): boolean {
  const limit = customer?.creditLimitPaise ?? null;
  return limit !== null && (customer?.duePaise ?? 0) + totalPaise > limit;
}
