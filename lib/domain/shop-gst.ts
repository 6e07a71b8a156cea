// The shop's GST registration and bill settings, and the partial update behind PATCH
// /api/v1/shop. A patch is merged over the stored shop and the whole result validated, so a
// GSTIN can never disagree with the shop's state whichever field a request changes.
import { db } from "@/lib/db";
import { stateCodeOf } from "@/lib/gst/states";
import { parseOrThrow } from "@/lib/validation/common";
import { shopProfileSchema } from "@/lib/validation/shop";
import { shopGstSchema } from "@/lib/validation/shop-gst";
import { DomainError } from "./errors";
import { audit, diff, lockShop, type Json, type ShopActor } from "./shop-settings";

export const shopFullSelect = {
  id: true,
  shopName: true,
  ownerName: true,
  phone: true,
  addressLine: true,
  area: true,
  city: true,
  state: true,
  pinCode: true,
  gstin: true,
  businessType: true,
  timeZone: true,
  receiptFooter: true,
  upiId: true,
  upiPayeeName: true,
  gstStatus: true,
  stateCode: true,
  billPrefix: true,
  gstRatesBp: true,
  roundOff: true,
  receiptLayout: true,
  receiptLocale: true,
} as const;

export async function getShopProfile(merchantId: string) {
  return db.merchant.findUniqueOrThrow({ where: { id: merchantId }, select: shopFullSelect });
}
export type ShopProfile = Awaited<ReturnType<typeof getShopProfile>>;

const PROFILE_KEYS = Object.keys(shopProfileSchema.shape) as (keyof typeof shopProfileSchema.shape)[];

/**
 * Change any of the profile and GST fields; absent fields keep their value. 400 (invalid_input,
 * gstin: "gstin_state_mismatch") when the GSTIN's state code is not the shop's.
 * Returns the shop after the change and the changed field names.
 */
export async function patchShop(
  actor: ShopActor,
  patch: Record<string, unknown>,
): Promise<{ shop: ShopProfile; changed: string[] }> {
  return db.$transaction(async (tx) => {
    await lockShop(tx, actor.merchantId);
    const current = await tx.merchant.findUniqueOrThrow({ where: { id: actor.merchantId }, select: shopFullSelect });
    const merged = { ...current, gstRates: current.gstRatesBp.map((bp) => bp / 100), ...patch };
    const profile = parseOrThrow(
      shopProfileSchema,
      Object.fromEntries(PROFILE_KEYS.map((k) => [k, merged[k as keyof typeof merged]])),
    );
    // The state written by name decides the code when it names one; otherwise the code given.
    const named = "state" in patch ? stateCodeOf(profile.state) : null;
    if (named && "stateCode" in patch && patch.stateCode && patch.stateCode !== named)
      throw new DomainError("invalid_input", "The state code is not the shop's state", {
        stateCode: "state_code_mismatch",
      });
    // With no state given either way, the GSTIN's own first two digits name it.
    const stateCode = named ?? merged.stateCode ?? profile.gstin?.slice(0, 2) ?? null;
    const gst = parseOrThrow(shopGstSchema, { ...merged, stateCode, gstin: profile.gstin });
    const { gstRates, ...gstRest } = gst;
    const after: Record<string, unknown> = {
      ...(profile as Record<string, Json>),
      ...(gstRest as Record<string, Json>),
      gstRatesBp: (gstRates ?? current.gstRatesBp.map((bp) => bp / 100)).map((p) => Math.round(p * 100)),
    };
    const before = current as unknown as Record<string, Json>;
    const change = diff(before, after as Record<string, Json>);
    if (change) {
      await tx.merchant.update({ where: { id: actor.merchantId }, data: change.after as never });
      await audit(tx, actor, change);
    }
    const shop = await tx.merchant.findUniqueOrThrow({ where: { id: actor.merchantId }, select: shopFullSelect });
    return { shop, changed: change ? Object.keys(change.after) : [] };
  });
}
