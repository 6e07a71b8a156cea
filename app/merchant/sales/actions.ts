"use server";
// Void a sale: a reversing ledger entry (never an edit); its items go back on the shelf.
import { revalidatePath } from "next/cache";
import { invalidInput, toFailure, type ActionResult } from "@/lib/action-result";
import { requirePermission } from "@/lib/auth/session";
import { requireMerchant } from "@/lib/auth/session";
import { revokeBillLink } from "@/lib/domain/bill-link";
import { voidSale } from "@/lib/domain/ledger";
import { recordReturn } from "@/lib/domain/returns";
import { returnInput, type ReturnInputRaw } from "@/lib/validation/return";
import { customerUserIdOf } from "@/lib/queries/customers";
import { publishEvent } from "@/lib/realtime/publish";
import { voidInput } from "@/lib/validation/sale";

export async function voidSaleAction(raw: {
  saleId: string;
  reason: string;
  clientId: string;
}): Promise<ActionResult<{ id: string; saleId: string }>> {
  const parsed = voidInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requirePermission("void");
    const v = await voidSale(merchant.id, user.id, parsed.data);
    if (!v.replayed) {
      await publishEvent({
        type: "sale.voided",
        merchantId: merchant.id,
        customerUserId: await customerUserIdOf(merchant.id, v.customerId),
        id: v.voidsId ?? parsed.data.saleId,
        data: { voidId: v.id, amountPaise: v.amountPaise, customerId: v.customerId },
      });
    }
    // The history, its receipts, the customer's tab and the dashboard all show it.
    revalidatePath("/merchant/sales", "layout");
    revalidatePath("/merchant/customers", "layout");
    revalidatePath("/merchant");
    return { ok: true, id: v.id, saleId: parsed.data.saleId };
  } catch (err) {
    return toFailure(err, "voidSaleAction");
  }
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

/** Return goods of a sale: a credit note, stock back, money back or onto the tab. */
export async function returnItemsAction(
  saleId: string,
  raw: ReturnInputRaw,
): Promise<ActionResult<{ id: string; number: string; amountPaise: number }>> {
  const parsed = returnInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requireMerchant();
    const r = await recordReturn(merchant.id, user.id, saleId, parsed.data);
    revalidatePath("/merchant/sales", "layout");
    revalidatePath("/merchant/customers", "layout");
    revalidatePath("/merchant");
    return { ok: true, id: r.id, number: r.creditNote.number, amountPaise: r.amountPaise };
  } catch (err) {
    return toFailure(err, "returnItemsAction");
  }
}
