"use server";
// The shop's side of the customer tools on a tab: answer "I have paid" claims, hand out a
// claim code, share a statement link, resolve disputes. Every action re-checks the merchant
// and passes their shop id down, so another shop's claim, link or dispute is not_found.
import { revalidatePath } from "next/cache";
import { invalidInput, toFailure, type ActionResult } from "@/lib/action-result";
import { requireMerchant } from "@/lib/auth/session";
import { resolveDispute } from "@/lib/domain/disputes";
import { confirmPaymentClaim, rejectPaymentClaim } from "@/lib/domain/payment-claims";
import { createStatementLink, revokeStatementLink } from "@/lib/domain/statement-link";
import { formatClaimCode, issueClaimCode } from "@/lib/domain/tab-claim";
import { publishEvent } from "@/lib/realtime/publish";
import {
  claimIdInput,
  customerIdInput,
  disputeIdInput,
  linkIdInput,
  rejectClaimInput,
  statementLinkInput,
} from "@/lib/validation/customer";

/** The tab page, the lists that show dues, and the customer's bill screens. */
function revalidateTab(customerId: string) {
  revalidatePath(`/merchant/customers/${customerId}`);
  revalidatePath("/merchant/customers");
  revalidatePath("/merchant");
  revalidatePath("/customer/bills", "layout");
}

export async function confirmClaimAction(raw: {
  claimId: string;
}): Promise<ActionResult<{ duePaise: number; amountPaise: number }>> {
  const parsed = claimIdInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requireMerchant();
    const c = await confirmPaymentClaim(merchant.id, user.id, parsed.data.claimId);
    if (!c.replayed) {
      const p = c.payment;
      await publishEvent({
        type: "payment.created",
        merchantId: merchant.id,
        customerUserId: c.userId,
        id: p.id,
        data: { customerId: c.customerId, amountPaise: p.amountPaise, duePaise: p.duePaise },
      });
      await publishEvent({
        type: "claim.resolved",
        merchantId: merchant.id,
        customerUserId: c.userId,
        id: c.id,
        data: { status: c.status },
      });
    }
    revalidateTab(c.customerId);
    return { ok: true, duePaise: c.payment.duePaise, amountPaise: c.amountPaise };
  } catch (err) {
    return toFailure(err, "confirmClaimAction");
  }
}

export async function rejectClaimAction(raw: { claimId: string; note: string }): Promise<ActionResult> {
  const parsed = rejectClaimInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requireMerchant();
    const c = await rejectPaymentClaim(merchant.id, user.id, parsed.data);
    if (!c.replayed)
      await publishEvent({
        type: "claim.resolved",
        merchantId: merchant.id,
        customerUserId: c.userId,
        id: c.id,
        data: { status: c.status },
      });
    revalidateTab(c.customerId);
    return { ok: true };
  } catch (err) {
    return toFailure(err, "rejectClaimAction");
  }
}

/** The code is shown once, here; only its hash is kept. */
export async function issueClaimCodeAction(raw: {
  customerId: string;
}): Promise<ActionResult<{ code: string; expiresAt: string }>> {
  const parsed = customerIdInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requireMerchant();
    const issued = await issueClaimCode(merchant.id, user.id, parsed.data.customerId);
    revalidatePath(`/merchant/customers/${issued.customerId}`);
    return { ok: true, code: formatClaimCode(issued.code), expiresAt: issued.expiresAt.toISOString() };
  } catch (err) {
    return toFailure(err, "issueClaimCodeAction");
  }
}

/** Returns the link's path (/s/<token>); the browser adds its own origin. */
export async function createStatementLinkAction(raw: {
  customerId: string;
  days?: number;
}): Promise<ActionResult<{ linkId: string; path: string; expiresAt: string }>> {
  const parsed = statementLinkInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requireMerchant();
    const link = await createStatementLink(merchant.id, user.id, parsed.data);
    revalidatePath(`/merchant/customers/${link.customerId}`);
    return { ok: true, linkId: link.id, path: `/s/${link.token}`, expiresAt: link.expiresAt.toISOString() };
  } catch (err) {
    return toFailure(err, "createStatementLinkAction");
  }
}

export async function revokeStatementLinkAction(raw: { linkId: string }): Promise<ActionResult> {
  const parsed = linkIdInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requireMerchant();
    const r = await revokeStatementLink(merchant.id, user.id, parsed.data.linkId);
    revalidatePath(`/merchant/customers/${r.customerId}`);
    return { ok: true };
  } catch (err) {
    return toFailure(err, "revokeStatementLinkAction");
  }
}

export async function resolveDisputeAction(raw: { disputeId: string }): Promise<ActionResult> {
  const parsed = disputeIdInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requireMerchant();
    const d = await resolveDispute(merchant.id, user.id, parsed.data.disputeId);
    if (!d.replayed)
      await publishEvent({
        type: "customer.updated",
        merchantId: merchant.id,
        customerUserId: d.userId,
        id: d.id,
        data: { disputeResolved: true },
      });
    if (d.customerId) revalidateTab(d.customerId);
    return { ok: true };
  } catch (err) {
    return toFailure(err, "resolveDisputeAction");
  }
}
