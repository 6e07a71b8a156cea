"use server";
// Checkout: an adapter over lib/usecases/orders (placeOrder: atomic stock, idempotent by clientId).
import type { ActionResult } from "@/lib/action-result";
import { defineAction } from "@/lib/usecases/action";
import { placeOrder } from "@/lib/usecases/orders";
import { placeOrderInput, type PlaceOrderInput } from "@/lib/validation/order";

const place = defineAction(
  {
    name: "placeOrderAction",
    actor: "customer",
    input: placeOrderInput,
  },
  (input, actor) => placeOrder(actor, input),
  (o) => ({ id: o.id, replayed: o.replayed }),
);

export async function placeOrderAction(raw: PlaceOrderInput): Promise<ActionResult<{ id: string; replayed: boolean }>> {
  return place(raw);
}
