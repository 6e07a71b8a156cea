// POST /merchant/inventory/import/run {mode: "preview" | "apply", text}: the CSV import.
// A route handler rather than a server action because a 20,000-line file is over the
// server-action body limit (1 MB). Same path as an action: parse -> guard -> domain ->
// revalidate -> typed result. Preview writes nothing; apply is all or nothing (one transaction).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireMerchant } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { applyImport, previewImport } from "@/lib/domain/product-import";
import { publishEvent } from "@/lib/realtime/publish";
import type { ImportResponse } from "./types";

export const dynamic = "force-dynamic";
const MAX_BYTES = 8 * 1024 * 1024;

const body = z.object({ mode: z.enum(["preview", "apply"]), text: z.string().max(MAX_BYTES) });
const json = (b: ImportResponse, status = 200) => Response.json(b, { status, headers: { "Cache-Control": "no-store" } });
const fail = (code: string, status: number, details?: Record<string, unknown>) => json({ ok: false, code, details }, status);

/** A cookie-authenticated POST must come from our own pages (server actions check this themselves). */
function sameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return req.headers.get("sec-fetch-site") !== "cross-site";
  try {
    return new URL(origin).host === (req.headers.get("x-forwarded-host") ?? req.headers.get("host"));
  } catch {
    return false;
  }
}

export async function POST(req: Request) {
  if (!sameOrigin(req)) return fail("forbidden", 403);
  let actor: { userId: string; merchantId: string };
  try {
    const { user, merchant } = await requireMerchant();
    actor = { userId: user.id, merchantId: merchant.id };
  } catch (err) {
    if (err instanceof DomainError) return fail(err.code, err.code === "unauthorized" ? 401 : 403);
    throw err;
  }
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BYTES + 1024) return fail("too_large", 413);
  let parsed;
  try {
    parsed = body.safeParse(await req.json());
  } catch {
    return fail("invalid_input", 400);
  }
  if (!parsed.success) return fail("invalid_input", 400);
  const { mode, text } = parsed.data;
  try {
    if (mode === "preview") return json({ ok: true, mode, preview: await previewImport(actor.merchantId, text) });
    const result = await applyImport(actor.merchantId, actor.userId, text);
    await publishEvent({ type: "product.updated", merchantId: actor.merchantId, id: "import", data: { ...result } });
    revalidatePath("/merchant/inventory", "layout");
    revalidatePath("/merchant");
    revalidatePath("/merchant/pos");
    return json({ ok: true, mode, result });
  } catch (err) {
    if (err instanceof DomainError) return fail(err.code, 400, err.details);
    console.error("[inventory import] failed", { merchantId: actor.merchantId, mode }, err);
    return fail("generic", 500);
  }
}
