// Orders: a customer places or takes back an order; the shop moves it along.
import "server-only";
import { cancelOrderByCustomer, changeOrderStatus, placeOrder as placeOrderRule } from "@/lib/domain/orders";
import type { OrderStatusChange, PlaceOrderInput } from "@/lib/validation/order";
import { notifyOrderStatus } from "@/lib/push/order-status";
import { afterResponse, outcome, type CustomerActor, type MerchantActor } from "./core";
import { announce } from "./events";
import { REFRESH } from "./refresh";

/** Checkout: stock taken in the order's transaction; a retried clientId returns the first order. */
export async function placeOrder(actor: CustomerActor, input: PlaceOrderInput) {
  const o = await placeOrderRule(actor.userId, input);
  // A retried checkout returns the first order: announce it only once.
  if (!o.replayed) await announce.orderPlaced({ ...o, userId: actor.userId });
  return outcome(
    o,
    REFRESH.merchantOrders,
    REFRESH.inventory,
    REFRESH.home,
    REFRESH.customerOrders,
    REFRESH.shop(o.merchantId),
  );
}

/** The shop accepts, readies, completes (the ledger entry) or cancels (stock back) an order. */
export async function updateOrderStatus(actor: MerchantActor, orderId: string, change: OrderStatusChange) {
  const o = await changeOrderStatus(actor.merchantId, actor.userId, orderId, change);
  await announce.orderUpdated(o);
  // The customer's app hears it as a push notification (in their language).
  await afterResponse("order.push", async () => {
    await notifyOrderStatus({ ...o, merchantId: actor.merchantId });
  });
  return outcome(
    o,
    REFRESH.merchantOrders,
    REFRESH.home,
    // Completing writes a sale to the ledger (and a due for pay later); cancelling returns stock.
    o.status === "COMPLETED" ? [...REFRESH.sales, ...REFRESH.tabs] : [],
    o.status === "CANCELLED" ? REFRESH.inventory : [],
    REFRESH.customerOrders,
  );
}

/** A customer takes back an order the shop has not accepted yet (stock goes back). */
export async function cancelMyOrder(actor: CustomerActor, orderId: string, reason?: string) {
  const o = await cancelOrderByCustomer(actor.userId, orderId, reason);
  await announce.orderUpdated({ ...o, userId: actor.userId });
  return outcome(o, REFRESH.customerOrders, REFRESH.merchantOrders, REFRESH.inventory);
}
