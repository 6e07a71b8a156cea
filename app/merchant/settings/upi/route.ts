// Save UPI details with an optional photo of the shop's QR sticker. A route handler rather than
// a server action because a phone photo (up to 5 MB) is over the server-action body limit (1 MB).
// Same path as an action: parse (same schema as the form) -> guard -> domain -> revalidate.
import { readCappedBytes, withBody } from "@/lib/api/body";
import { merchantForRoute } from "@/lib/auth/session";
import { fromOwnOrigin } from "@/lib/http/same-origin";
import { MAX_QR_IMAGE_BYTES } from "@/lib/image-check";
import { shopUpiSchema } from "@/lib/validation/shop";
import { saveShopUpi } from "@/lib/usecases/account";
import { applyRefresh } from "@/lib/usecases/action";
import { invalidInput, toFailure } from "@/lib/action-result";
import type { DomainErrorCode } from "@/lib/errors";
import type { SettingsFormResult } from "@/lib/form-results";

const json = (body: SettingsFormResult, status = 200) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const fail = (fields: Record<string, string>, status = 400, code: DomainErrorCode = "invalid_input") =>
  json({ ok: false, code, message: code, ...(Object.keys(fields).length ? { fields } : {}) }, status);

export async function POST(req: Request) {
  // A cookie-authenticated POST must come from our own pages (server actions check this for themselves).
  if (!fromOwnOrigin(req)) return fail({}, 403, "forbidden");
  const caller = await merchantForRoute();
  if ("refused" in caller) return fail({}, caller.refused, caller.refused === 401 ? "unauthorized" : "forbidden");
  const actor = { userId: caller.user.id, merchantId: caller.merchant.id };
  // Capped while streaming (multipart adds a little around the file): a chunked 100 MB body
  // is cut off at the limit instead of being buffered whole by formData().
  let bytes: Uint8Array;
  try {
    bytes = await readCappedBytes(req, MAX_QR_IMAGE_BYTES + 64 * 1024);
  } catch {
    return fail({ image: "image_too_large" }, 413);
  }
  let form: FormData;
  try {
    form = await withBody(req, bytes).formData();
  } catch {
    return fail({ _form: "invalid" });
  }
  const text = (k: string) => (typeof form.get(k) === "string" ? (form.get(k) as string) : undefined);
  const parsed = shopUpiSchema.safeParse({
    upiId: text("upiId"),
    upiPayeeName: text("upiPayeeName"),
    removeImage: text("removeImage"),
  });
  if (!parsed.success) return json(invalidInput(parsed.error), 400);

  const file = form.get("image");
  let image: Uint8Array | null = null;
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_QR_IMAGE_BYTES) return fail({ image: "image_too_large" }, 413);
    image = new Uint8Array(await file.arrayBuffer()); // its type is decided from these bytes, not file.type
  }
  try {
    const { value, refresh } = await saveShopUpi(actor, parsed.data, image);
    applyRefresh(refresh);
    return json({ ok: true, changed: value.changed });
  } catch (err) {
    // An expected failure is the answer; anything else is logged and thrown (a 500 page).
    return json(toFailure(err, `save UPI settings ${actor.merchantId}`), 400);
  }
}
