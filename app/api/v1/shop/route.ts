// GET / PATCH /api/v1/shop: the caller's own shop profile with its GST registration and bill
// settings. The shop is always the caller's (from the session or token), never from input.
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { shopPatchBody, shopProfileSchema, toApiShopProfile } from "@/lib/api/schemas/shop-profile";
import { getShopProfile, patchShop } from "@/lib/domain/shop-gst";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/shop",
    auth: ["MERCHANT"],
    summary: "The caller's shop profile, GST status and bill settings",
    tags: ["shop"],
    responses: { 200: { description: "The shop", schema: shopProfileSchema } },
  },
  async ({ merchantId }) => toApiShopProfile(await getShopProfile(merchantId)),
);

export const PATCH = apiRoute(
  {
    method: "PATCH",
    path: "/api/v1/shop",
    auth: ["MERCHANT"],
    summary: "Change the shop profile, GST status and bill settings (absent fields stay)",
    description:
      "gstStatus composition or regular needs a gstin. 400 with fields.gstin = gstin_state_mismatch when the " +
      "GSTIN's state code is not the shop's stateCode (or its state).",
    tags: ["shop"],
    body: shopPatchBody,
    responses: { 200: { description: "The shop after the change", schema: shopProfileSchema } },
  },
  async ({ merchantId, user, body }) => toApiShopProfile((await patchShop({ userId: user.id, merchantId }, body)).shop),
);

export const { POST, PUT, DELETE } = otherMethods("GET", "PATCH");
