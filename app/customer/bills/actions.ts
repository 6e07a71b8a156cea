"use server";
// The customer's writes on their bills: adapters over lib/usecases/bills.
import type { ActionResult } from "@/lib/action-result";
import { defineAction } from "@/lib/usecases/action";
import { claimPayment, claimTab, openDispute } from "@/lib/usecases/bills";
import { claimCodeInput, disputeInput, paymentClaimInput } from "@/lib/validation/customer";

const claim = defineAction(
  { name: "claimPaymentAction", actor: "customer", input: paymentClaimInput },
  (i, actor) => claimPayment(actor, i),
  (c) => ({ claimId: c.id, amountPaise: c.amountPaise }),
);
export async function claimPaymentAction(raw: {
  customerId: string;
  amountPaise: number;
  note?: string;
}): Promise<ActionResult<{ claimId: string; amountPaise: number }>> {
  return claim(raw);
}

const dispute = defineAction(
  { name: "openDisputeAction", actor: "customer", input: disputeInput },
  (i, actor) => openDispute(actor, i),
  (d) => ({ disputeId: d.id }),
);
export async function openDisputeAction(raw: {
  transactionId: string;
  note: string;
}): Promise<ActionResult<{ disputeId: string }>> {
  return dispute(raw);
}

const attach = defineAction(
  { name: "claimTabAction", actor: "customer", input: claimCodeInput },
  (i, actor) => claimTab(actor, i),
  (tab) => ({ customerId: tab.customerId, shopName: tab.shopName }),
);
export async function claimTabAction(raw: {
  code: string;
}): Promise<ActionResult<{ customerId: string; shopName: string }>> {
  return attach(raw);
}
