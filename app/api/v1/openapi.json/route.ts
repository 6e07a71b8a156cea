// GET /api/v1/openapi.json: the OpenAPI 3.1 document of every registered /api/v1 route.
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { loadAllRoutes } from "@/lib/api/routes";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/openapi.json",
    auth: "public",
    summary: "This API's OpenAPI 3.1 document",
    tags: ["meta"],
    responses: { 200: { description: "OpenAPI 3.1 document", contentType: "application/json" } },
  },
  async () => {
    await loadAllRoutes();
    return buildOpenApiDocument();
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
