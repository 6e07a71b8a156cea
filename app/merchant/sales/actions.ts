"use server";
// Void a sale (lib/usecases/tabs: a reversing entry, never an edit) and return goods of a sale
// (lib/usecases/sales: a credit note): adapters over the use cases.
import { z } from "zod";
import { toFailure, type ActionResult } from "@/lib/action-result";
import { requireMerchant } from "@/lib/auth/session";
import { revokeBillLink } from "@/lib/domain/bill-link";
import { defineAction } from "@/lib/usecases/action";
import { returnItems } from "@/lib/usecases/sales";
import { voidSale } from "@/lib/usecases/tabs";
import { entityId } from "@/lib/validation/common";
import { returnInput, type ReturnInputRaw } from "@/lib/validation/return";
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

const giveBack = defineAction(
  {
    name: "returnItemsAction",
    actor: "merchant",
    permission: "return",
    input: z.object({ saleId: entityId, input: returnInput }),
  },
  (i, actor) => returnItems(actor, i.saleId, i.input),
  (r) => ({ id: r.id, number: r.creditNote.number, amountPaise: r.amountPaise }),
);

/** Return goods of a sale: a credit note, stock back, money back or onto the tab. */
export async function returnItemsAction(
  saleId: string,
  raw: ReturnInputRaw,
): Promise<ActionResult<{ id: string; number: string; amountPaise: number }>> {
  const r = await giveBack({ saleId, input: raw });
  // The form knows its fields by name (items, not input.items).
  return r.ok || !r.fields
    ? r
    : { ...r, fields: Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k.replace(/^input\./, ""), v])) };
}
