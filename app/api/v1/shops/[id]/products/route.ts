// GET /api/v1/shops/{id}/products: a shop's products for sale, in stock first, then by name.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { pageRequest, pageResult } from "@/lib/api/schemas/page-cursor";
import { shopProductSchema, shopProductsQuery, toApiShopProduct } from "@/lib/api/schemas/shop";
import { listShopProducts } from "@/lib/domain/orders";
import { entityId } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/shops/{id}/products",
    auth: ["CUSTOMER"],
    summary: "A shop's products for sale (q, category): availability instead of exact stock",
    tags: ["shopping"],
    params: z.object({ id: entityId }),
    query: shopProductsQuery,
    responses: {
      200: {
        description: "The shop and a page of its products",
        schema: z.object({
          shop: z.object({ id: z.string(), name: z.string(), categories: z.array(z.string()) }),
          items: z.array(shopProductSchema),
          nextCursor: z.string().nullable(),
        }),
      },
    },
  },
  async ({ params, query }) => {
    const { page, pageSize } = pageRequest(query);
    const r = await listShopProducts(params.id, { q: query.q, category: query.category, page, pageSize });
    return {
      shop: { id: r.shop.id, name: r.shop.shopName, categories: r.shop.categories },
      ...pageResult(r, toApiShopProduct),
    };
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
