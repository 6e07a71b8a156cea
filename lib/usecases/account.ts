// A person's own account and a shop's own profile.
import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { registerCustomer, registerMerchant } from "@/lib/domain/accounts";
import { resetPasswordWithToken } from "@/lib/domain/admin";
import { changePassword as changePasswordRule, updateProfile as updateProfileRule } from "@/lib/domain/profile";
import { patchShop } from "@/lib/domain/shop-gst";
import { updateShopUpi } from "@/lib/domain/shop-settings";
import { outcome, type CustomerActor, type MerchantActor } from "./core";

type ProfileInput = Parameters<typeof updateProfileRule>[1];
type SignUp =
  | { role: "merchant"; input: Parameters<typeof registerMerchant>[0] }
  | { role: "customer"; input: Parameters<typeof registerCustomer>[0] };

/** A new shop (with its owner) or a new customer; sign-ups per address are limited (ip). */
export async function signUp(s: SignUp, ip: string | null) {
  const user = await (s.role === "merchant" ? registerMerchant(s.input, ip) : registerCustomer(s.input, ip));
  return outcome(user, []);
}

/** A new password with a one-time link: the link's token is the credential, spent here. */
export async function resetPassword(input: Parameters<typeof resetPasswordWithToken>[0]) {
  await resetPasswordWithToken(input);
  return outcome({}, []);
}
type PasswordInput = Parameters<typeof changePasswordRule>[1];

export async function updateProfile(actor: CustomerActor, input: ProfileInput) {
  await updateProfileRule(actor.userId, input);
  // The shell shows the name on every customer screen.
  return outcome({}, [{ path: "/customer", type: "layout" }]);
}

export async function changePassword(actor: CustomerActor, input: PasswordInput) {
  await changePasswordRule(actor.userId, input);
  return outcome({}, []);
}

/**
 * The shop's profile or its GST and bill settings (patchShop validates the merged shop, so a
 * GSTIN never disagrees with the state); what changed decides whether every merchant screen re-renders.
 */
export async function saveShopProfile(actor: MerchantActor, patch: Record<string, unknown>) {
  const { changed } = await patchShop(actor, patch);
  // The shop name shows in every merchant screen's frame; the time zone drives its figures.
  return outcome({ changed }, changed.length ? [{ path: "/merchant", type: "layout" as const }] : []);
}

/** The shop's UPI id, payee name and QR photo (the home banner and the counter read the UPI id). */
export async function saveShopUpi(actor: MerchantActor, input: unknown, image: Uint8Array | null) {
  const changed = await updateShopUpi(actor, input, image);
  return outcome({ changed }, changed.length ? [{ path: "/merchant", type: "layout" as const }] : []);
}

/** Remember a person's language on their account (the device keeps its own cookie). */
export async function saveLocale(userId: string, locale: Locale) {
  await db.user.update({ where: { id: userId }, data: { locale } });
  return outcome({ locale }, []);
}
