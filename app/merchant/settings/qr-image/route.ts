// The shop's own QR sticker photo. Only its merchant gets it, and only ever as the image type
// its bytes prove (PNG/JPEG/WebP), with nosniff: stored bytes can never be served as HTML or script.
import { merchantForRoute } from "@/lib/auth/session";
import { getShopQrImage } from "@/lib/queries/shop";

export const dynamic = "force-dynamic";

const notFound = (status = 404) =>
  new Response(null, { status, headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

export async function GET() {
  const caller = await merchantForRoute();
  if ("refused" in caller) return notFound(caller.refused);
  const image = await getShopQrImage(caller.merchant.id);
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
