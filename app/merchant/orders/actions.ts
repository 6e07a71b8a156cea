"use server";
// Order status moves by the shop: an adapter over lib/usecases/orders (updateOrderStatus).
import type { ActionResult } from "@/lib/action-result";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { defineAction } from "@/lib/usecases/action";
import { updateOrderStatus } from "@/lib/usecases/orders";
import { entityId } from "@/lib/validation/common";
import { orderStatusChange, type OrderStatusChange } from "@/lib/validation/order";

const move = defineAction(
  {
    name: "changeOrderStatusAction",
    actor: "merchant",
    input: orderStatusChange.extend({ orderId: entityId }),
  },
  ({ orderId, ...change }, actor) => updateOrderStatus(actor, orderId, change),
  (o) => ({ status: o.status }),
);

export async function changeOrderStatusAction(
  orderId: string,
  change: OrderStatusChange,
): Promise<ActionResult<{ status: OrderStatus }>> {
  return move({ ...change, orderId });
}
