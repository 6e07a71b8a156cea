// GET /api/v1/orders/{id}: one order of the caller's shop, or one of the caller's own.
// PATCH: the shop moves it forward (changeOrderStatus); a backward move is a 409.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { orderSchema, orderStatusBody, toApiOrder } from "@/lib/api/schemas/order";
import { getOrder } from "@/lib/domain/orders";
import { updateOrderStatus } from "@/lib/usecases/orders";
import { entityId } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

const params = z.object({ id: entityId });

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/orders/{id}",
    auth: ["MERCHANT", "CUSTOMER"],
    summary: "Read an order (the shop's, or my own)",
    tags: ["orders"],
    params,
    responses: { 200: { description: "The order", schema: orderSchema } },
  },
  async ({ user, merchantId, params }) =>
    toApiOrder(await getOrder(merchantId ? { merchantId } : { userId: user.id }, params.id)),
);

export const PATCH = apiRoute(
  {
    method: "PATCH",
    path: "/api/v1/orders/{id}",
    auth: ["MERCHANT"],
    summary: "Accept, mark ready, complete or cancel an order",
    description:
      "Completing writes the sale to the ledger (pay_later: onto the customer's tab); cancelling returns the stock and needs a reason. " +
      "409 invalid_transition with details {from, to} for a backward or repeated move.",
    tags: ["orders"],
    params,
    body: orderStatusBody,
    responses: { 200: { description: "The order after the move", schema: orderSchema } },
  },
  async ({ user, merchantId, params, body }) => {
    const { value } = await updateOrderStatus({ userId: user.id, merchantId }, params.id, body);
    return toApiOrder(value);
  },
);

export const { POST, PUT, DELETE } = otherMethods("GET", "PATCH");
