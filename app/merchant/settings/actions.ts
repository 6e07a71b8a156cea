"use server";
import { requireMerchant } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { saveShopProfile } from "@/lib/usecases/account";
import { applyRefresh } from "@/lib/usecases/action";
import { fieldErrors } from "@/lib/validation/fields";
import { shopProfileSchema } from "@/lib/validation/shop";
import type { SettingsFormResult } from "@/lib/form-results";

/** Save the shop profile form: parse -> guard -> use case (lib/usecases/account) -> refresh. Keeps its form shape. */
export async function saveShopProfileAction(form: FormData): Promise<SettingsFormResult> {
  const input = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
  const parsed = shopProfileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  try {
    const { user, merchant } = await requireMerchant();
    const { value, refresh } = await saveShopProfile({ userId: user.id, merchantId: merchant.id }, parsed.data);
    applyRefresh(refresh);
    return { ok: true, changed: value.changed };
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
