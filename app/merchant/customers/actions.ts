"use server";
// Khata writes: adapters over lib/usecases/tabs.
import type { ActionResult } from "@/lib/action-result";
import { defineAction } from "@/lib/usecases/action";
import { addCustomer, recordPayment, setCreditLimit } from "@/lib/usecases/tabs";
import { creditLimitInput, customerQuickAdd, paymentInput } from "@/lib/validation/sale";

const add = defineAction(
  { name: "addCustomerAction", actor: "merchant", input: customerQuickAdd },
  (input, actor) => addCustomer(actor, input),
  (c) => ({ id: c.id }),
);

export async function addCustomerAction(raw: { name: string; phone?: string }): Promise<ActionResult<{ id: string }>> {
  return add({ name: raw.name, phone: raw.phone?.trim() ? raw.phone : undefined });
}

export type PaymentRecorded = { id: string; amountPaise: number; duePaise: number; replayed: boolean };

const pay = defineAction(
  {
    name: "recordPaymentAction",
    actor: "merchant",
    input: paymentInput,
  },
  (input, actor) => recordPayment(actor, input),
  (p): PaymentRecorded => ({
    id: p.id,
    amountPaise: p.amountPaise,
    duePaise: p.duePaise,
    replayed: p.replayed === true,
  }),
);

/** Money received against the tab; the clientId (made when the form opened) makes a double submit harmless. */
export async function recordPaymentAction(raw: {
  customerId: string;
  amountPaise: number;
  method: string;
  clientId: string;
  note?: string;
}): Promise<ActionResult<PaymentRecorded>> {
  return pay({ ...raw, note: raw.note?.trim() || undefined });
}

const limit = defineAction(
  {
    name: "setCreditLimitAction",
    actor: "merchant",
    input: creditLimitInput,
  },
  (i, actor) => setCreditLimit(actor, i.customerId, i.limitPaise),
  (r) => ({ creditLimitPaise: r.creditLimitPaise }),
);

/** Set a limit in paise, or null to remove it. */
export async function setCreditLimitAction(raw: {
  customerId: string;
  limitPaise: number | null;
}): Promise<ActionResult<{ creditLimitPaise: number | null }>> {
  return limit(raw);
}
