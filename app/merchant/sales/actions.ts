"use server";
// Void a sale: an adapter over lib/usecases/tabs (voidSale: a reversing entry, never an edit).
import { toFailure, type ActionResult } from "@/lib/action-result";
import { requireMerchant } from "@/lib/auth/session";
import { revokeBillLink } from "@/lib/domain/bill-link";
import { defineAction } from "@/lib/usecases/action";
import { voidSale } from "@/lib/usecases/tabs";
import { voidInput } from "@/lib/validation/sale";

const voidIt = defineAction(
  { name: "voidSaleAction", actor: "merchant", permission: "void", input: voidInput },
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

/** Turn off a bill's public link (the bill itself stays). */
export async function revokeBillLinkAction(billId: string): Promise<ActionResult<{ id: string }>> {
  try {
    const { user, merchant } = await requireMerchant();
    await revokeBillLink(merchant.id, user.id, billId);
    return { ok: true, id: billId };
  } catch (err) {
    return toFailure(err, "revokeBillLinkAction");
  }
}
