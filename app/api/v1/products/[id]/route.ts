// GET / PATCH / DELETE /api/v1/products/{id}: one product of the caller's shop. Another shop's
// id is a 404 (every lookup is scoped by merchantId). DELETE archives: history keeps the row.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { productPatchBody, productSchema, toApiProduct } from "@/lib/api/schemas/product";
import { productById } from "@/lib/queries/api-reads";
import { setArchived, updateProduct } from "@/lib/usecases/products";
import { entityId } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

const params = z.object({ id: entityId });

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/products/{id}",
    auth: ["MERCHANT"],
    summary: "Read a product (archived ones too)",
    tags: ["inventory"],
    params,
    responses: { 200: { description: "The product", schema: productSchema } },
  },
  async ({ merchantId, params }) => {
    return toApiProduct(await productById(merchantId, params.id));
  },
);

export const PATCH = apiRoute(
  {
    method: "PATCH",
    path: "/api/v1/products/{id}",
    auth: ["MERCHANT"],
    permission: "edit_prices_stock",
    summary: "Change a product's details; `archived: false` restores it",
    description: "Stock is not patched: it changes through sales, orders and stock adjustments, each a stock movement.",
    tags: ["inventory"],
    params,
    body: productPatchBody,
    responses: { 200: { description: "The product after the change", schema: productSchema } },
  },
  async ({ merchantId, user, params, body }) => {
    const { value } = await updateProduct({ userId: user.id, merchantId }, params.id, body.patch, body.archived);
    return toApiProduct(value);
  },
);

export const DELETE = apiRoute(
  {
    method: "DELETE",
    path: "/api/v1/products/{id}",
    auth: ["MERCHANT"],
    permission: "edit_prices_stock",
    summary: "Archive a product: hidden from sale and lists, kept for history (repeating it is harmless)",
    tags: ["inventory"],
    params,
    responses: { 200: { description: "The archived product", schema: productSchema } },
  },
  async ({ merchantId, user, params }) => {
    const { value } = await setArchived({ userId: user.id, merchantId }, params.id, true);
    return toApiProduct(value);
  },
);

export const { POST, PUT } = otherMethods("GET", "PATCH", "DELETE");
