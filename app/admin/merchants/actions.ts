"use server";
// Correct a shop's details: an adapter over lib/usecases/admin (the domain validates and audits).
import { z } from "zod";
import type { ShopFormState } from "@/lib/form-results";
import { defineAction } from "@/lib/usecases/action";
import { correctShop } from "@/lib/usecases/admin";

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

// The typed strings go to the domain as they are: its shopUpdateSchema answers with field keys.
const correct = defineAction(
  { name: "updateShopAction", actor: "admin", input: z.record(z.enum(FIELDS), z.string()) },
  (raw, admin) => correctShop(admin, raw as Record<(typeof FIELDS)[number], string>),
  (v) => ({ changed: v.changed.length }),
);

export async function updateShopAction(_prev: ShopFormState, form: FormData): Promise<ShopFormState> {
  const raw = Object.fromEntries(FIELDS.map((k) => [k, String(form.get(k) ?? "")]));
  const r = await correct(raw);
  // A failure echoes what was typed (React resets the form after an action).
  return r.ok ? r : { ...r, values: raw };
}
