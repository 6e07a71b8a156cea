// Browser side of "upload the QR sticker you already have": file -> pixels -> UPI id.
// The decoding itself is lib/qr-decode.ts (pure, tested in Node); this only gets the pixels.
import { checkQrImage, MAX_QR_IMAGE_BYTES } from "@/lib/image-check";
import { decodeUpiFromPixels, decodeUpiFromText, type UpiDecodeResult } from "@/lib/qr-decode";

export type QrFileResult =
  UpiDecodeResult | { ok: false; reason: "image_type" | "image_too_large" | "image_empty" | "unreadable" };

type Detector = { detect(src: ImageBitmap): Promise<{ rawValue: string }[]> };
type DetectorCtor = new (opts: { formats: string[] }) => Detector;

/** Pixels of the picture scaled so its longer side is at most `maxSide` (big photos decode slowly). */
function pixelsAt(bitmap: ImageBitmap, maxSide: number) {
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const w = Math.max(1, Math.round(bitmap.width * scale));
  const h = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement("canvas");
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) return null;
  ctx.fillStyle = "#fff"; // a transparent PNG's background would read as black
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(bitmap, 0, 0, w, h);
  return { data: ctx.getImageData(0, 0, w, h).data, w, h };
}

export async function readUpiFromFile(file: File): Promise<QrFileResult> {
  if (file.size > MAX_QR_IMAGE_BYTES) return { ok: false, reason: "image_too_large" };
  // Same content check the server makes, so a renamed text file is refused before any upload.
  const check = checkQrImage(new Uint8Array(await file.arrayBuffer()));
  if (!check.ok) return { ok: false, reason: check.error };

  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  try {
    let found: UpiDecodeResult = { ok: false, reason: "no_qr" };
    // A sticker photographed from afar is small in the frame: try the larger size too.
    for (const side of [1000, 1800, 600]) {
      const px = pixelsAt(bitmap, side);
      if (!px) break;
      found = decodeUpiFromPixels(px.data, px.w, px.h);
      if (found.ok || found.reason === "not_upi") return found;
    }
    // Chrome on Android has a native detector that copes better with blur and angles.
    const Ctor = (globalThis as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;
    if (Ctor) {
      try {
        const codes = await new Ctor({ formats: ["qr_code"] }).detect(bitmap);
        if (codes[0]?.rawValue) return decodeUpiFromText(codes[0].rawValue);
      } catch {
        // not supported for this format or image: keep jsQR's answer
      }
    }
    return found;
  } finally {
    bitmap.close();
  }
}
