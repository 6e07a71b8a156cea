"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { patchShop } from "@/lib/domain/shop-gst";
import { fieldErrors } from "@/lib/validation/fields";
import { shopProfileSchema } from "@/lib/validation/shop";
import { gstFormToPatch } from "@/lib/validation/shop-gst";
import type { SettingsFormResult } from "./form-result";

async function save(patch: Record<string, unknown>): Promise<SettingsFormResult> {
  try {
    const { user, merchant } = await requirePermission("settings");
    // patchShop validates the merged shop, so a GSTIN never disagrees with the state.
    const { changed } = await patchShop({ userId: user.id, merchantId: merchant.id }, patch);
    // The shop name shows in every merchant screen's frame; the time zone drives its figures.
    if (changed.length) revalidatePath("/merchant", "layout");
    return { ok: true, changed };
  } catch (err) {
    if (err instanceof DomainError) {
      if (err.code === "unauthorized") return { ok: false, fieldErrors: {}, message: "signed_out" };
      if (err.code === "forbidden") return { ok: false, fieldErrors: {}, message: "forbidden" };
      return { ok: false, fieldErrors: err.fields ?? {}, message: "failed" };
    }
    console.error("shop settings save failed", err);
    throw err;
  }
}

/** Save the shop profile form: parse -> guard -> domain -> revalidate. */
export async function saveShopProfileAction(form: FormData): Promise<SettingsFormResult> {
  const input = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
  const parsed = shopProfileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  return save(parsed.data);
}

/** Save the GST and bill settings form. */
export async function saveShopGstAction(form: FormData): Promise<SettingsFormResult> {
  const fields = Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
  const patch = gstFormToPatch(fields);
  if ("fieldErrors" in patch) return { ok: false, fieldErrors: patch.fieldErrors };
  return save(patch.patch);
}
