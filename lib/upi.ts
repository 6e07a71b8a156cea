// UPI payment links: the one place a `upi://pay?...` payload is built or read.
// Pure (no server or browser APIs), so the POS, customer bills, settings and tests share it.
//
// Stable API (imported by the POS, bills and settings):
//   buildUpiUri({ pa, pn?, amountPaise?, note? }) -> "upi://pay?pa=shop@okaxis&pn=Sharma%20Kirana&am=155.00&cu=INR&tn=Bill%2042"
//     pa: the payee's UPI id (name@bank); pn: payee name (omitted when empty);
//     amountPaise: integer paise > 0, written as a 2-decimal rupee string (am); note: tn (max 50 chars).
//     Throws on a bad UPI id or a non-integer / non-positive amount: that is a programming error.
//   shopUpiUri(shop, amountPaise?, note?) -> the shop's payload, or null when the shop has no UPI id.
//     Payee name falls back to the shop's name.
//   parseUpiUri(text) -> { pa, pn, am?, amountPaise?, tn? } | null   (null: not a UPI payment link)
import { paiseToDecimalString, parseRupeesToPaise } from "@/lib/money";

/** Same rule as upiIdSchema in lib/validation/fields.ts (kept here as a plain regex so this file stays zod-free). */
export const UPI_ID_RE = /^[a-zA-Z0-9._-]{2,256}@[a-zA-Z][a-zA-Z0-9.-]{1,63}$/;
export const UPI_NOTE_MAX = 50;

export type UpiPayment = { pa: string; pn: string; am?: string; amountPaise?: number; tn?: string };

// encodeURIComponent, but '@' stays readable: several UPI apps fail on "%40" inside pa.
const enc = (v: string) => encodeURIComponent(v).replace(/%40/g, "@");

export function buildUpiUri(input: {
  pa: string;
  pn?: string | null;
  amountPaise?: number | null;
  note?: string | null;
  /** tr: the shop's own reference (a bill number), so a payment can be matched to its bill. */
  ref?: string | null;
}): string {
  const pa = input.pa.trim();
  if (!UPI_ID_RE.test(pa)) throw new Error(`not a UPI id: ${pa}`);
  const parts = [`pa=${enc(pa)}`];
  const pn = input.pn?.trim();
  if (pn) parts.push(`pn=${enc(pn)}`);
  if (input.amountPaise != null) {
    if (!Number.isInteger(input.amountPaise) || input.amountPaise <= 0)
      throw new Error(`amountPaise must be a positive integer, got ${input.amountPaise}`);
    parts.push(`am=${paiseToDecimalString(input.amountPaise)}`);
  }
  parts.push("cu=INR");
  const note = input.note?.trim().slice(0, UPI_NOTE_MAX);
  if (note) parts.push(`tn=${enc(note)}`);
  const ref = input.ref?.trim();
  if (ref) parts.push(`tr=${enc(ref)}`);
  return `upi://pay?${parts.join("&")}`;
}

/** The payload customers scan for this shop; null until the shop has a UPI id. */
export function shopUpiUri(
  shop: { upiId: string | null; upiPayeeName?: string | null; shopName: string },
  amountPaise?: number | null,
  note?: string | null,
  ref?: string | null,
): string | null {
  if (!shop.upiId || !UPI_ID_RE.test(shop.upiId)) return null;
  return buildUpiUri({ pa: shop.upiId, pn: shop.upiPayeeName?.trim() || shop.shopName, amountPaise, note, ref });
}

function decode(v: string): string {
  try {
    return decodeURIComponent(v.replace(/\+/g, " "));
  } catch {
    return v; // a stray '%' in a sticker's name should not make the whole QR unreadable
  }
}

/** Read a scanned `upi://pay?...` text. Anything else (a web link, plain text, no valid pa) is null. */
export function parseUpiUri(text: string): UpiPayment | null {
  const s = text.trim();
  const m = /^upi:\/\/pay\/?\?(.*)$/is.exec(s);
  if (!m) return null;
  const params = new Map<string, string>();
  for (const pair of m[1]!.split("&")) {
    if (!pair) continue;
    const i = pair.indexOf("=");
    const key = (i < 0 ? pair : pair.slice(0, i)).toLowerCase();
    // First value wins: a duplicated pa must not let a later one take over silently.
    if (!params.has(key)) params.set(key, decode(i < 0 ? "" : pair.slice(i + 1)).trim());
  }
  const pa = params.get("pa") ?? "";
  if (!UPI_ID_RE.test(pa)) return null;
  const out: UpiPayment = { pa, pn: params.get("pn") ?? "" };
  const am = params.get("am");
  if (am) {
    const paise = parseRupeesToPaise(am);
    if (paise !== null && paise > 0) {
      out.am = am;
      out.amountPaise = paise;
    }
  }
  const tn = params.get("tn");
  if (tn) out.tn = tn;
  return out;
}
