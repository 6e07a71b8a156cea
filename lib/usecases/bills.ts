// The customer's writes on their bills: "I have paid" (a claim, not a payment), a dispute on
// one entry, and claiming a tab with a shop's code.
import "server-only";
import type { z } from "zod";
import { openDispute as openDisputeRule } from "@/lib/domain/disputes";
import { createPaymentClaim } from "@/lib/domain/payment-claims";
import { claimTab as claimTabRule } from "@/lib/domain/tab-claim";
import type { claimCodeInput, disputeInput, paymentClaimInput } from "@/lib/validation/customer";
import { outcome, type CustomerActor, type Refresh } from "./core";
import { announce } from "./events";
import { REFRESH } from "./refresh";

const bills = (customerId?: string): Refresh[] => [
  ...REFRESH.customerBills,
  { path: "/customer" },
  ...(customerId ? [{ path: `/merchant/customers/${customerId}` }] : []),
];

export async function claimPayment(actor: CustomerActor, input: z.input<typeof paymentClaimInput>) {
  const claim = await createPaymentClaim(actor.userId, input);
  await announce.claimCreated(claim);
  return outcome(claim, bills(claim.customerId));
}

export async function openDispute(actor: CustomerActor, input: z.input<typeof disputeInput>) {
  const d = await openDisputeRule(actor.userId, input);
  await announce.customerUpdated(d.merchantId, d.transactionId, { disputeId: d.id }, actor.userId);
  return outcome(d, bills(), REFRESH.tabs);
}

export async function claimTab(actor: CustomerActor, input: z.input<typeof claimCodeInput>) {
  const tab = await claimTabRule(actor.userId, input);
  await announce.customerUpdated(tab.merchantId, tab.customerId, { claimed: true }, actor.userId);
  return outcome(tab, bills(tab.customerId), [{ path: "/customer/history" }, { path: "/customer/expenses" }]);
}
