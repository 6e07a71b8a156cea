// Reading the UPI QR sticker a shop already has: pixels in, UPI id out. Pure (jsQR only), so the
// browser upload and the tests run exactly the same decoder.
//
//   decodeUpiFromPixels(rgba, width, height) ->
//     { ok: true, upi: { pa, pn, am?, tn? }, text }        a UPI payment QR
//     { ok: false, reason: "not_upi", text }                a QR, but not a UPI payment link
//     { ok: false, reason: "no_qr" }                        no readable QR in the picture
//   decodeUpiFromText(text) -> the same result for a text another decoder (BarcodeDetector) found
import jsQR from "jsqr";
import { parseUpiUri, type UpiPayment } from "@/lib/upi";

export type UpiDecodeResult =
  | { ok: true; upi: UpiPayment; text: string }
  | { ok: false; reason: "not_upi"; text: string }
  | { ok: false; reason: "no_qr" };

export function decodeUpiFromText(text: string): UpiDecodeResult {
  const upi = parseUpiUri(text);
  return upi ? { ok: true, upi, text } : { ok: false, reason: "not_upi", text };
}

export function decodeUpiFromPixels(rgba: Uint8ClampedArray, width: number, height: number): UpiDecodeResult {
  if (width <= 0 || height <= 0 || rgba.length < width * height * 4) return { ok: false, reason: "no_qr" };
  // Stickers are printed dark-on-light, but screenshots of dark-mode apps are light-on-dark.
  const code = jsQR(rgba, width, height, { inversionAttempts: "attemptBoth" });
  if (!code || !code.data) return { ok: false, reason: "no_qr" };
  return decodeUpiFromText(code.data);
}
