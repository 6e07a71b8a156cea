"use server";
// Correct a shop's details: parse -> admin check -> domain (audited) -> revalidate.
import { requireAdmin } from "@/lib/auth/session";
import { actionFailure } from "@/lib/domain/admin";
import { applyRefresh } from "@/lib/usecases/action";
import { correctShop } from "@/lib/usecases/admin";
import type { ShopFormState } from "@/lib/form-results";
import { shopUpdateSchema, type ShopUpdateInput } from "@/lib/validation/admin";
import { fieldErrors } from "@/lib/validation/fields";

const FIELDS = [
  "merchantId",
  "shopName",
  "ownerName",
  "phone",
  "addressLine",
  "area",
  "city",
  "state",
  "pinCode",
  "gstin",
] as const;

export async function updateShopAction(_prev: ShopFormState, form: FormData): Promise<ShopFormState> {
  const raw = Object.fromEntries(FIELDS.map((k) => [k, String(form.get(k) ?? "")]));
  const parsed = shopUpdateSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "fix_errors", fieldErrors: fieldErrors(parsed.error), values: raw };
  try {
    const { value, refresh } = await correctShop(await requireAdmin(), raw as ShopUpdateInput);
    applyRefresh(refresh);
    return { ok: true, changed: value.changed.length };
  } catch (err) {
    return { ...actionFailure(err), values: raw };
  }
}
