"use server";
// The shop's settings forms: parse -> guard (the "settings" permission) -> use case
// (lib/usecases/account.saveShopProfile over patchShop) -> refresh. Keeps its form shape.
import { requirePermission } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import type { SettingsFormResult } from "@/lib/form-results";
import { saveShopProfile } from "@/lib/usecases/account";
import { applyRefresh } from "@/lib/usecases/action";
import { fieldErrors } from "@/lib/validation/fields";
import { shopProfileSchema } from "@/lib/validation/shop";
import { gstFormToPatch } from "@/lib/validation/shop-gst";

async function save(patch: Record<string, unknown>): Promise<SettingsFormResult> {
  try {
    const { user, merchant } = await requirePermission("settings");
    const { value, refresh } = await saveShopProfile({ userId: user.id, merchantId: merchant.id }, patch);
    applyRefresh(refresh);
    return { ok: true, changed: value.changed };
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

/** Save the shop profile form. */
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
