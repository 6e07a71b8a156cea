// The shop's own QR sticker photo. Only its merchant gets it, and only ever as the image type
// its bytes prove (PNG/JPEG/WebP), with nosniff: stored bytes can never be served as HTML or script.
import { requireMerchant } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { getShopQrImage } from "@/lib/queries/shop";

export const dynamic = "force-dynamic";

const notFound = (status = 404) => new Response(null, { status, headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

export async function GET() {
  let merchantId: string;
  try {
    merchantId = (await requireMerchant()).merchant.id;
  } catch (err) {
    if (err instanceof DomainError) return notFound(err.code === "unauthorized" ? 401 : 403);
    throw err;
  }
  const image = await getShopQrImage(merchantId);
  if (!image) return notFound();
  return new Response(image.bytes, {
    headers: {
      "Content-Type": image.mime,
      "Content-Length": String(image.bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": 'inline; filename="upi-qr"',
      // Even opened on its own, the response may run nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-cache",
    },
  });
}
