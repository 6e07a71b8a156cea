// GET /api/v1/orders: a merchant's shop orders or a customer's own orders, newest first.
// POST: checkout (placeOrder): stock is taken in the order's transaction; a retry with the
// same clientId returns the first order (200) instead of placing another.
import { apiRoute, jsonResponse, otherMethods } from "@/lib/api/handler";
import { pageOf } from "@/lib/api/pagination";
import { orderListQuery, orderSchema, placeOrderBody, toApiOrder } from "@/lib/api/schemas/order";
import { pageSchema } from "@/lib/api/schemas/page-cursor";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { expireHeldOrders } from "@/lib/domain/orders";
import { orderRows } from "@/lib/queries/api-reads";
import { placeOrder } from "@/lib/usecases/orders";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/orders",
    auth: ["MERCHANT", "CUSTOMER"],
    summary: "Orders: the shop's (merchant) or my own at every shop (customer), newest first",
    tags: ["orders"],
    query: orderListQuery,
    responses: { 200: { description: "A page of orders", schema: pageSchema(orderSchema) } },
  },
  async ({ user, merchantId, query }) => {
    // The scope comes from the caller, never from the request.
    if (merchantId) await expireHeldOrders(merchantId); // orders past their hold are gone from the list
    const status = query.status === "open" ? "open" : (query.status?.toUpperCase() as OrderStatus | undefined);
    const rows = await orderRows(merchantId ? { merchantId } : { userId: user.id }, { ...query, status });
    return pageOf(rows, query.limit, (r) => ({ t: r.placedAt, id: r.id }), toApiOrder);
  },
);

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/orders",
    auth: ["CUSTOMER"],
    summary: "Place an order at a shop",
    description:
      "201 with the new order; 200 with the first order when the same clientId was already used (a retried checkout). " +
      "409 insufficient_stock with details {productId, available} when a product has fewer left than asked.",
    tags: ["orders"],
    body: placeOrderBody,
    responses: {
      201: { description: "Order placed", schema: orderSchema },
      200: { description: "Retry: the order this clientId already placed", schema: orderSchema },
    },
  },
  async ({ user, body }) => {
    const { value: o } = await placeOrder({ userId: user.id }, body);
    return jsonResponse(toApiOrder(o), o.replayed ? 200 : 201);
  },
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
