// Which image an uploaded file really is, from its first bytes (magic numbers), never from its
// name or the browser's declared type. Pure, so the browser can warn early and the server decides.
//
//   sniffImageMime(bytes) -> "image/png" | "image/jpeg" | "image/webp" | null
//   checkQrImage(bytes)   -> { ok: true, mime } | { ok: false, error: "image_empty" | "image_too_large" | "image_type" }

export const QR_IMAGE_MIMES = ["image/png", "image/jpeg", "image/webp"] as const;
export type QrImageMime = (typeof QR_IMAGE_MIMES)[number];
/** 5 MB: a phone photo of a sticker fits; anything bigger is not a QR photo. */
export const MAX_QR_IMAGE_BYTES = 5 * 1024 * 1024;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) =>
  b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

export function sniffImageMime(bytes: Uint8Array): QrImageMime | null {
  // PNG: 89 50 4E 47 0D 0A 1A 0A
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  // JPEG: FF D8 FF
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  // WebP: "RIFF" <size> "WEBP"
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp";
  return null;
}

export type ImageCheck =
  { ok: true; mime: QrImageMime } | { ok: false; error: "image_empty" | "image_too_large" | "image_type" };

export function checkQrImage(bytes: Uint8Array): ImageCheck {
  if (bytes.length === 0) return { ok: false, error: "image_empty" };
  if (bytes.length > MAX_QR_IMAGE_BYTES) return { ok: false, error: "image_too_large" };
  const mime = sniffImageMime(bytes);
  return mime ? { ok: true, mime } : { ok: false, error: "image_type" };
}
