// GET /api/v1/products: the shop's catalogue, newest first (keyset pages); POST: add a product
// through the same rule the inventory form uses (createProduct).
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { pageOf } from "@/lib/api/pagination";
import { pageSchema } from "@/lib/api/schemas/page-cursor";
import { productCreateBody, productListQuery, productSchema, toApiProduct } from "@/lib/api/schemas/product";
import { toProductDto } from "@/lib/domain/product-dto";
import { productRows } from "@/lib/queries/api-reads";
import { createProduct } from "@/lib/usecases/products";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/products",
    auth: ["MERCHANT"],
    summary: "List the shop's products (q, category, lowStock, status), newest first",
    tags: ["inventory"],
    query: productListQuery,
    responses: { 200: { description: "A page of products", schema: pageSchema(productSchema) } },
  },
  async ({ merchantId, query }) => {
    const rows = await productRows(merchantId, query);
    return pageOf(
      rows,
      query.limit,
      (r) => ({ t: r.createdAt, id: r.id }),
      (r) => toApiProduct(toProductDto(r)),
    );
  },
);

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/products",
    auth: ["MERCHANT"],
    permission: "edit_prices_stock",
    summary: "Add a product (opening stock is recorded as a stock movement)",
    description:
      "409 duplicate when the SKU or barcode is already used in this shop; 400 when the category is not one of the shop's.",
    tags: ["inventory"],
    body: productCreateBody,
    responses: { 201: { description: "Created", schema: productSchema } },
  },
  async ({ merchantId, user, body }) => {
    const { value } = await createProduct({ userId: user.id, merchantId }, body);
    return toApiProduct(value);
  },
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
