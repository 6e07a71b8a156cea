// POST /merchant/inventory/import/run {mode: "preview" | "apply", text, validOnly?}: the CSV import.
// A route handler rather than a server action because a 20,000-line file is over the
// server-action body limit (1 MB). Same path as an action: parse -> guard -> domain ->
// revalidate -> typed result. Preview writes nothing; apply is one transaction: all or nothing,
// or with validOnly the valid lines only.
import { z } from "zod";
import { readCappedText } from "@/lib/api/body";
import { merchantForRoute } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { previewImport } from "@/lib/domain/product-import";
import { fromOwnOrigin } from "@/lib/http/same-origin";
import { applyRefresh } from "@/lib/usecases/action";
import { importProducts } from "@/lib/usecases/products";
import type { ImportResponse } from "@/lib/form-results";

export const dynamic = "force-dynamic";
const MAX_BYTES = 8 * 1024 * 1024;

const body = z.object({
  mode: z.enum(["preview", "apply"]),
  text: z.string().max(MAX_BYTES),
  validOnly: z.boolean().optional(),
});
const json = (b: ImportResponse, status = 200) =>
  Response.json(b, { status, headers: { "Cache-Control": "no-store" } });
const fail = (code: string, status: number, details?: Record<string, unknown>) =>
  json({ ok: false, code, message: code, details }, status);

export async function POST(req: Request) {
  // A cookie-authenticated POST must come from our own pages (server actions check this themselves).
  if (!fromOwnOrigin(req)) return fail("forbidden", 403);
  const caller = await merchantForRoute("edit_prices_stock");
  if ("refused" in caller) return fail(caller.refused === 401 ? "unauthorized" : "forbidden", caller.refused);
  const actor = { userId: caller.user.id, merchantId: caller.merchant.id };
  let raw: string;
  try {
    // Capped while streaming: a chunked 100 MB body is cut off at the limit, not buffered.
    raw = await readCappedText(req, MAX_BYTES + 1024);
  } catch {
    return fail("too_large", 413);
  }
  let parsed;
  try {
    parsed = body.safeParse(JSON.parse(raw));
  } catch {
    return fail("invalid_input", 400);
  }
  if (!parsed.success) return fail("invalid_input", 400);
  const { mode, text, validOnly } = parsed.data;
  try {
    if (mode === "preview") return json({ ok: true, mode, preview: await previewImport(actor.merchantId, text) });
    const { value: result, refresh } = await importProducts(actor, text, { validOnly });
    applyRefresh(refresh);
    return json({ ok: true, mode, result });
  } catch (err) {
    if (err instanceof DomainError) return fail(err.code, 400, err.details);
    console.error("[inventory import] failed", { merchantId: actor.merchantId, mode }, err);
    return fail("generic", 500);
  }
}
