// Reads of the caller's own shop. Every function takes the merchantId from the session guard.
import "server-only";
import { db } from "@/lib/db";
import { sniffImageMime } from "@/lib/image-check";

/** Everything the settings screen and the standee show; the QR photo's bytes stay in the database. */
export async function getShopSettings(merchantId: string) {
  const shop = await db.merchant.findUnique({
    where: { id: merchantId },
    select: {
      id: true,
      shopName: true,
      ownerName: true,
      phone: true,
      addressLine: true,
      area: true,
      city: true,
      state: true,
      pinCode: true,
      gstin: true,
      businessType: true,
      timeZone: true,
      receiptFooter: true,
      orderHoldMinutes: true,
      upiId: true,
      upiPayeeName: true,
      upiQrMime: true,
      updatedAt: true,
      gstStatus: true,
      stateCode: true,
      billPrefix: true,
      gstRatesBp: true,
      roundOff: true,
      receiptLayout: true,
      receiptLocale: true,
    },
  });
  if (!shop) return null;
  const { upiQrMime, updatedAt, ...rest } = shop;
  // The version makes the photo's URL change when it is replaced (no stale cached image).
  return { ...rest, hasQrImage: upiQrMime !== null, qrImageVersion: updatedAt.getTime() };
}

/** The stored QR photo, re-checked by content: anything that is not PNG/JPEG/WebP is not served. */
export async function getShopQrImage(
  merchantId: string,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; mime: string } | null> {
  const row = await db.merchant.findUnique({ where: { id: merchantId }, select: { upiQrImage: true } });
  if (!row?.upiQrImage) return null;
  const bytes = new Uint8Array(row.upiQrImage);
  const mime = sniffImageMime(bytes);
  return mime ? { bytes, mime } : null;
}
