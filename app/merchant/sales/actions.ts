"use server";
// Void a sale: an adapter over lib/usecases/tabs (voidSale: a reversing entry, never an edit).
import type { ActionResult } from "@/lib/action-result";
import { defineAction } from "@/lib/usecases/action";
import { voidSale } from "@/lib/usecases/tabs";
import { voidInput } from "@/lib/validation/sale";

const voidIt = defineAction(
  { name: "voidSaleAction", actor: "merchant", input: voidInput },
  (input, actor) => voidSale(actor, input),
  (v, i) => ({ id: v.id, saleId: i.saleId }),
);

export async function voidSaleAction(raw: {
  saleId: string;
  reason: string;
  clientId: string;
}): Promise<ActionResult<{ id: string; saleId: string }>> {
  return voidIt(raw);
}
