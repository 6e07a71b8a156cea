"use server";
// Order status moves by the shop: parse -> guard -> domain rule (conditional UPDATE; the
// ledger entry on completion, stock back on cancel) -> live event -> revalidate -> result.
import { revalidatePath } from "next/cache";
import { invalidInput, toFailure, type ActionResult } from "@/lib/action-result";
import { requireMerchant } from "@/lib/auth/session";
import { changeOrderStatus } from "@/lib/domain/orders";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { afterResponse } from "@/lib/after-response";
import { notifyOrderStatus } from "@/lib/push/order-status";
import { publishEvent } from "@/lib/realtime/publish";
import { entityId } from "@/lib/validation/common";
import { orderStatusChange, type OrderStatusChange } from "@/lib/validation/order";

export async function changeOrderStatusAction(
  orderId: string,
  change: OrderStatusChange,
): Promise<ActionResult<{ status: OrderStatus }>> {
  const id = entityId.safeParse(orderId);
  if (!id.success) return invalidInput(id.error);
  const parsed = orderStatusChange.safeParse(change);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requireMerchant();
    const o = await changeOrderStatus(merchant.id, user.id, id.data, parsed.data);
    await publishEvent({
      type: "order.updated",
      merchantId: merchant.id,
      customerUserId: o.userId,
      id: o.id,
      data: { status: o.status },
    });
    afterResponse(() => notifyOrderStatus({ ...o, merchantId: merchant.id })); // the customer's app
    revalidatePath("/merchant/orders", "layout");
    revalidatePath("/merchant");
    // Completing writes a sale to the ledger (and a due for pay later); cancelling returns stock.
    if (o.status === "COMPLETED") {
      revalidatePath("/merchant/sales", "layout");
      revalidatePath("/merchant/customers", "layout");
    }
    if (o.status === "CANCELLED") revalidatePath("/merchant/inventory", "layout");
    revalidatePath("/customer/orders", "layout");
    return { ok: true, status: o.status };
  } catch (err) {
    return toFailure(err, "changeOrderStatusAction");
  }
}
