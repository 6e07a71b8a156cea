"use server";
// Correct a shop's details: parse -> admin check -> domain (audited) -> revalidate.
import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/session";
import { actionFailure, updateShop, type ActionFailure } from "@/lib/domain/admin";
import { shopUpdateSchema, type ShopUpdateInput } from "@/lib/validation/admin";
import { fieldErrors } from "@/lib/validation/fields";

/** A failure echoes what was typed: React resets the form after an action, to these values. */
export type ShopFormState = { ok: true; changed: number } | (ActionFailure & { values: Record<string, string> }) | null;

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
    const res = await updateShop(await requireAdmin(), raw as ShopUpdateInput);
    revalidatePath("/admin/merchants", "layout");
    revalidatePath("/admin/audit");
    return { ok: true, changed: res.changed.length };
  } catch (err) {
    return { ...actionFailure(err), values: raw };
  }
}
