// The shop's side of the customer tools on a tab: answer "I have paid" claims, hand out a
// claim code, share a statement link, resolve disputes. Another shop's row is not_found.
import "server-only";
import { resolveDispute as resolveDisputeRule } from "@/lib/domain/disputes";
import { confirmPaymentClaim, rejectPaymentClaim } from "@/lib/domain/payment-claims";
import { createStatementLink, revokeStatementLink } from "@/lib/domain/statement-link";
import { issueClaimCode as issueClaimCodeRule } from "@/lib/domain/tab-claim";
import type { z } from "zod";
import type { rejectClaimInput, statementLinkInput } from "@/lib/validation/customer";
import { outcome, type MerchantActor } from "./core";
import { announce } from "./events";
import { REFRESH } from "./refresh";

const tabPage = (customerId: string) => [{ path: `/merchant/customers/${customerId}` }];

/** The shop saw the money arrive: the claim becomes a PAYMENT (once, however often it is confirmed). */
export async function confirmClaim(actor: MerchantActor, claimId: string) {
  const c = await confirmPaymentClaim(actor.merchantId, actor.userId, claimId);
  if (!c.replayed) {
    await announce.paymentRecorded(actor.merchantId, { ...c.payment, customerId: c.customerId });
    await announce.claimResolved(c);
  }
  return outcome(c, REFRESH.tab(c.customerId));
}

export async function rejectClaim(actor: MerchantActor, input: z.input<typeof rejectClaimInput>) {
  const c = await rejectPaymentClaim(actor.merchantId, actor.userId, input);
  if (!c.replayed) await announce.claimResolved(c);
  return outcome(c, REFRESH.tab(c.customerId));
}

/** A one-time code the customer types to attach this tab to their account. */
export async function issueClaimCode(actor: MerchantActor, customerId: string) {
  const issued = await issueClaimCodeRule(actor.merchantId, actor.userId, customerId);
  return outcome(issued, tabPage(issued.customerId));
}

export async function shareStatement(actor: MerchantActor, input: z.input<typeof statementLinkInput>) {
  const link = await createStatementLink(actor.merchantId, actor.userId, input);
  return outcome(link, tabPage(link.customerId));
}

export async function unshareStatement(actor: MerchantActor, linkId: string) {
  const r = await revokeStatementLink(actor.merchantId, actor.userId, linkId);
  return outcome(r, tabPage(r.customerId));
}

export async function resolveDispute(actor: MerchantActor, disputeId: string) {
  const d = await resolveDisputeRule(actor.merchantId, actor.userId, disputeId);
  if (!d.replayed) await announce.customerUpdated(actor.merchantId, d.id, { disputeResolved: true }, d.userId);
  return outcome(d, d.customerId ? REFRESH.tab(d.customerId) : []);
}
