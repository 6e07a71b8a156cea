// GET /api/v1/shops: the shops a customer can order from (active owners only), by name.
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { pageRequest, pageResult, pageSchema } from "@/lib/api/schemas/page-cursor";
import { shopListQuery, shopSummarySchema, toApiShop } from "@/lib/api/schemas/shop";
import { listShops } from "@/lib/domain/orders";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/shops",
    auth: ["CUSTOMER"],
    summary: "Browse shops (q, area, category), by name",
    tags: ["shopping"],
    query: shopListQuery,
    responses: { 200: { description: "A page of shops", schema: pageSchema(shopSummarySchema) } },
  },
  async ({ query }) => {
    const { page, pageSize } = pageRequest(query);
    return pageResult(
      await listShops({ q: query.q, area: query.area, category: query.category, page, pageSize }),
      toApiShop,
    );
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
