"use server";
// A customer takes back an order the shop has not accepted yet: an adapter over
// lib/usecases/orders (cancelMyOrder).
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { defineAction } from "@/lib/usecases/action";
import { cancelMyOrder } from "@/lib/usecases/orders";
import { entityId } from "@/lib/validation/common";
import { O } from "@/lib/validation/order";

const cancel = defineAction(
  {
    name: "cancelMyOrderAction",
    actor: "customer",
    input: z.object({
      orderId: entityId,
      reason: z.string().trim().max(200, { error: O.reasonTooLong }).optional(),
    }),
  },
  (i, actor) => cancelMyOrder(actor, i.orderId, i.reason),
  (o) => ({ status: o.status }),
);

export async function cancelMyOrderAction(raw: {
  orderId: string;
  reason?: string;
}): Promise<ActionResult<{ status: OrderStatus }>> {
  return cancel(raw);
}
