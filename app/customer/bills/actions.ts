"use server";
// The customer's writes on their bills: "I have paid" (a claim, not a payment), a dispute on
// one entry, and claiming a tab with a shop's code. parse -> guard -> domain -> live event
// (the shop's screens and this user's other devices) -> revalidate -> typed result.
import { revalidatePath } from "next/cache";
import { invalidInput, toFailure, type ActionResult } from "@/lib/action-result";
import { requireCustomer } from "@/lib/auth/session";
import { openDispute } from "@/lib/domain/disputes";
import { createPaymentClaim } from "@/lib/domain/payment-claims";
import { claimTab } from "@/lib/domain/tab-claim";
import { publishEvent } from "@/lib/realtime/publish";
import { claimCodeInput, disputeInput, paymentClaimInput } from "@/lib/validation/customer";

function revalidateBills(customerId?: string) {
  revalidatePath("/customer/bills", "layout");
  revalidatePath("/customer");
  if (customerId) revalidatePath(`/merchant/customers/${customerId}`);
}

export async function claimPaymentAction(raw: {
  customerId: string;
  amountPaise: number;
  note?: string;
}): Promise<ActionResult<{ claimId: string; amountPaise: number }>> {
  const parsed = paymentClaimInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireCustomer();
    const claim = await createPaymentClaim(user.id, parsed.data);
    await publishEvent({
      type: "claim.created",
      merchantId: claim.merchantId,
      customerUserId: user.id,
      id: claim.id,
      data: { customerId: claim.customerId, amountPaise: claim.amountPaise },
    });
    revalidateBills(claim.customerId);
    return { ok: true, claimId: claim.id, amountPaise: claim.amountPaise };
  } catch (err) {
    return toFailure(err, "claimPaymentAction");
  }
}

export async function openDisputeAction(raw: {
  transactionId: string;
  note: string;
}): Promise<ActionResult<{ disputeId: string }>> {
  const parsed = disputeInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireCustomer();
    const d = await openDispute(user.id, parsed.data);
    await publishEvent({
      type: "customer.updated",
      merchantId: d.merchantId,
      customerUserId: user.id,
      id: d.transactionId,
      data: { disputeId: d.id },
    });
    revalidateBills();
    revalidatePath("/merchant/customers", "layout");
    return { ok: true, disputeId: d.id };
  } catch (err) {
    return toFailure(err, "openDisputeAction");
  }
}

export async function claimTabAction(raw: {
  code: string;
}): Promise<ActionResult<{ customerId: string; shopName: string }>> {
  const parsed = claimCodeInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireCustomer();
    const tab = await claimTab(user.id, parsed.data);
    await publishEvent({
      type: "customer.updated",
      merchantId: tab.merchantId,
      customerUserId: user.id,
      id: tab.customerId,
      data: { claimed: true },
    });
    revalidateBills(tab.customerId);
    revalidatePath("/customer/history");
    revalidatePath("/customer/expenses");
    return { ok: true, customerId: tab.customerId, shopName: tab.shopName };
  } catch (err) {
    return toFailure(err, "claimTabAction");
  }
}
