"use server";
// Khata writes: parse -> guard -> domain rule -> live event -> revalidate -> typed result.
import { revalidatePath } from "next/cache";
import { requireMerchant } from "@/lib/auth/session";
import { recordPayment, setCreditLimit } from "@/lib/domain/ledger";
import { customerUserIdOf } from "@/lib/queries/customers";
import { publishEvent } from "@/lib/realtime/publish";
import { creditLimitInput, customerQuickAdd, paymentInput } from "@/lib/validation/sale";
import { invalidInput, toFailure, type ActionResult } from "@/lib/action-result";
import { addCustomer } from "@/lib/domain/customers";

/** Every screen that shows a due: the tabs, the history and the dashboard's "owed to you". */
function revalidateDues() {
  revalidatePath("/merchant/customers", "layout");
  revalidatePath("/merchant/sales");
  revalidatePath("/merchant");
}

export async function addCustomerAction(raw: { name: string; phone?: string }): Promise<ActionResult<{ id: string }>> {
  const parsed = customerQuickAdd.safeParse({ name: raw.name, phone: raw.phone?.trim() ? raw.phone : undefined });
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requireMerchant();
    const c = await addCustomer(merchant.id, user.id, parsed.data);
    await publishEvent({ type: "customer.updated", merchantId: merchant.id, id: c.id });
    revalidatePath("/merchant/customers");
    return { ok: true, id: c.id };
  } catch (err) {
    return toFailure(err, "addCustomerAction");
  }
}

export type PaymentRecorded = { id: string; amountPaise: number; duePaise: number; replayed: boolean };

/** Money received against the tab; the clientId (made when the form opened) makes a double submit harmless. */
export async function recordPaymentAction(raw: {
  customerId: string;
  amountPaise: number;
  method: string;
  clientId: string;
  note?: string;
}): Promise<ActionResult<PaymentRecorded>> {
  const parsed = paymentInput.safeParse({ ...raw, note: raw.note?.trim() || undefined });
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requireMerchant();
    const p = await recordPayment(merchant.id, user.id, parsed.data);
    if (!p.replayed) {
      await publishEvent({
        type: "payment.created",
        merchantId: merchant.id,
        customerUserId: await customerUserIdOf(merchant.id, p.customerId),
        id: p.id,
        data: { customerId: p.customerId, amountPaise: p.amountPaise, duePaise: p.duePaise },
      });
    }
    revalidateDues();
    return { ok: true, id: p.id, amountPaise: p.amountPaise, duePaise: p.duePaise, replayed: p.replayed === true };
  } catch (err) {
    return toFailure(err, "recordPaymentAction");
  }
}

/** Set a limit in paise, or null to remove it. */
export async function setCreditLimitAction(raw: {
  customerId: string;
  limitPaise: number | null;
}): Promise<ActionResult<{ creditLimitPaise: number | null }>> {
  const parsed = creditLimitInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requireMerchant();
    const r = await setCreditLimit(merchant.id, user.id, parsed.data.customerId, parsed.data.limitPaise);
    await publishEvent({
      type: "customer.updated",
      merchantId: merchant.id,
      id: r.customerId,
      data: { creditLimitPaise: r.creditLimitPaise },
    });
    revalidatePath("/merchant/customers", "layout");
    return { ok: true, creditLimitPaise: r.creditLimitPaise };
  } catch (err) {
    return toFailure(err, "setCreditLimitAction");
  }
}
