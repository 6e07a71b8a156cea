"use server";
// Checkout: parse -> guard (a customer) -> placeOrder (atomic stock, idempotent by clientId)
// -> live event to the shop (and the customer's other screens) -> revalidate -> typed result.
import { revalidatePath } from "next/cache";
import { invalidInput, toFailure, type ActionResult } from "@/lib/action-result";
import { requireCustomer } from "@/lib/auth/session";
import { placeOrder } from "@/lib/domain/orders";
import { publishEvent } from "@/lib/realtime/publish";
import { placeOrderInput, type PlaceOrderInput } from "@/lib/validation/order";

export async function placeOrderAction(raw: PlaceOrderInput): Promise<ActionResult<{ id: string; replayed: boolean }>> {
  const parsed = placeOrderInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireCustomer();
    const o = await placeOrder(user.id, parsed.data);
    // A retried checkout returns the first order: announce it only once.
    if (!o.replayed) {
      await publishEvent({
        type: "order.created",
        merchantId: o.merchantId,
        customerUserId: user.id,
        id: o.id,
        data: { status: o.status, totalPaise: o.totalPaise },
      });
    }
    revalidatePath("/merchant/orders", "layout");
    revalidatePath("/merchant/inventory", "layout");
    revalidatePath("/merchant");
    revalidatePath("/customer/orders", "layout");
    revalidatePath(`/customer/shops/${o.merchantId}`);
    return { ok: true, id: o.id, replayed: o.replayed };
  } catch (err) {
    return toFailure(err, "placeOrderAction");
  }
}
