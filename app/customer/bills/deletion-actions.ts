"use server";
// The customer asks the shop to delete this tab (DPDP): a thin adapter over the use case.
import { revalidatePath } from "next/cache";
import { toFailure, type ActionResult } from "@/lib/action-result";
import { requireCustomer } from "@/lib/auth/session";
import { askToDeleteTab } from "@/lib/usecases/my-data";

export async function askToDeleteTabAction(raw: { customerId: string }): Promise<ActionResult> {
  try {
    const user = await requireCustomer();
    await askToDeleteTab({ userId: user.id }, raw);
    revalidatePath(`/customer/bills/${raw.customerId}`);
    return { ok: true };
  } catch (err) {
    return toFailure(err, "askToDeleteTabAction");
  }
}
