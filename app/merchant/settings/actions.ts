"use server";
// The shop's settings forms: adapters over lib/usecases/account.saveShopProfile (patchShop),
// guarded by the "settings" permission.
import { z } from "zod";
import type { SettingsFormResult } from "@/lib/form-results";
import { saveShopProfile } from "@/lib/usecases/account";
import { defineAction } from "@/lib/usecases/action";
import { shopProfileSchema } from "@/lib/validation/shop";
import { gstFormToPatch } from "@/lib/validation/shop-gst";

const spec = { actor: "merchant", permission: "settings" } as const;
const strings = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));

const saveProfile = defineAction({ ...spec, name: "shop profile", input: shopProfileSchema }, (patch, actor) =>
  saveShopProfile(actor, patch),
);

/** Save the shop profile form. */
export async function saveShopProfileAction(form: FormData): Promise<SettingsFormResult> {
  return saveProfile(strings(form));
}

// The GST form's fields are turned into a patch first (rates typed as percentages).
const saveGst = defineAction(
  { ...spec, name: "shop GST settings", input: z.record(z.string(), z.unknown()) },
  (patch, actor) => saveShopProfile(actor, patch),
);

/** Save the GST and bill settings form. */
export async function saveShopGstAction(form: FormData): Promise<SettingsFormResult> {
  const patch = gstFormToPatch(strings(form));
  if ("fieldErrors" in patch)
    return { ok: false, code: "invalid_input", message: "Invalid input", fields: patch.fieldErrors };
  return saveGst(patch.patch);
}
