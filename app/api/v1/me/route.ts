// GET /api/v1/me: the caller, and their shop when they are a merchant.
import { z } from "zod";
import { shopForApi } from "@/lib/queries/api-reads";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { apiShopSchema, apiUserSchema, toApiUser, type ApiShop } from "@/lib/api/user-dto";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/me",
    auth: ["ADMIN", "MERCHANT", "CUSTOMER"],
    summary: "Who am I: the signed-in user, and the shop for a merchant",
    tags: ["auth"],
    responses: {
      200: { description: "The caller", schema: z.object({ user: apiUserSchema, shop: apiShopSchema.nullable() }) },
    },
  },
  async ({ user, merchantId }) => {
    let shop: ApiShop | null = null;
    if (merchantId) {
      const m = await shopForApi(merchantId);
      shop = {
        id: m.id,
        name: m.shopName,
        address: m.addressLine,
        city: m.city,
        phone: m.phone,
        gstin: m.gstin,
        upiId: m.upiId,
        timeZone: m.timeZone,
      };
    }
    return { user: toApiUser(user), shop };
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
