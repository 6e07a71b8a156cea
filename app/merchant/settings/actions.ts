"use server";
import { revalidatePath } from "next/cache";
import { requireMerchant } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { updateShopProfile } from "@/lib/domain/shop-settings";
import { fieldErrors } from "@/lib/validation/fields";
import { shopProfileSchema } from "@/lib/validation/shop";
import type { SettingsFormResult } from "@/lib/form-results";

/** Save the shop profile form: parse -> guard -> domain -> revalidate. */
export async function saveShopProfileAction(form: FormData): Promise<SettingsFormResult> {
  const input = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
  const parsed = shopProfileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  try {
    const { user, merchant } = await requireMerchant();
    const changed = await updateShopProfile({ userId: user.id, merchantId: merchant.id }, parsed.data);
    // The shop name shows in every merchant screen's frame; the time zone drives its figures.
    if (changed.length) revalidatePath("/merchant", "layout");
    return { ok: true, changed };
  } catch (err) {
    if (err instanceof DomainError) {
      if (err.code === "unauthorized") return { ok: false, fieldErrors: {}, message: "signed_out" };
      if (err.code === "forbidden") return { ok: false, fieldErrors: {}, message: "forbidden" };
      return { ok: false, fieldErrors: err.fields ?? {}, message: "failed" };
    }
    console.error("saveShopProfileAction failed", err);
    throw err;
  }
}
