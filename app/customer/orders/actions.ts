"use server";
// A customer takes back an order the shop has not accepted yet: parse -> guard -> domain
// (stock goes back) -> live event to the shop -> revalidate -> typed result.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalidInput, toFailure, type ActionResult } from "@/lib/action-result";
import { requireCustomer } from "@/lib/auth/session";
import { cancelOrderByCustomer } from "@/lib/domain/orders";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { publishEvent } from "@/lib/realtime/publish";
import { entityId } from "@/lib/validation/common";
import { O } from "@/lib/validation/order";

const input = z.object({
  orderId: entityId,
  reason: z.string().trim().max(200, { error: O.reasonTooLong }).optional(),
});

export async function cancelMyOrderAction(raw: {
  orderId: string;
  reason?: string;
}): Promise<ActionResult<{ status: OrderStatus }>> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireCustomer();
    const o = await cancelOrderByCustomer(user.id, parsed.data.orderId, parsed.data.reason);
    await publishEvent({
      type: "order.updated",
      merchantId: o.merchantId,
      customerUserId: user.id,
      id: o.id,
      data: { status: o.status },
    });
    revalidatePath("/customer/orders", "layout");
    revalidatePath("/merchant/orders", "layout");
    revalidatePath("/merchant/inventory", "layout");
    return { ok: true, status: o.status };
  } catch (err) {
    return toFailure(err, "cancelMyOrderAction");
  }
}
