"use server";
// The shop carries out a customer's request to delete their tab (DPDP): anonymised when it
// has bills, deleted when not. A thin adapter over the use case.
import { revalidatePath } from "next/cache";
import { toFailure, type ActionResult } from "@/lib/action-result";
import { requireMerchant } from "@/lib/auth/session";
import { carryOutDeletion } from "@/lib/usecases/my-data";

export async function carryOutDeletionAction(raw: {
  requestId: string;
}): Promise<ActionResult<{ outcome: string | null; customerId: string }>> {
  try {
    const { user, merchant } = await requireMerchant();
    const done = await carryOutDeletion({ userId: user.id, merchantId: merchant.id }, raw);
    revalidatePath("/merchant/customers", "layout");
    revalidatePath("/merchant/reminders");
    return { ok: true, outcome: done.outcome, customerId: done.customerId };
  } catch (err) {
    return toFailure(err, "carryOutDeletionAction");
  }
}
