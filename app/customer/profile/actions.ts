"use server";
// The customer's own account: adapters over lib/usecases/account.
import { toFailure, type ActionResult } from "@/lib/action-result";
import { requireCustomer } from "@/lib/auth/session";
import { changePassword, updateProfile } from "@/lib/usecases/account";
import { defineAction } from "@/lib/usecases/action";
import { subscribeToPush, unsubscribeFromPush } from "@/lib/usecases/push";
import { changePasswordInput, profileInput } from "@/lib/validation/customer";

const profile = defineAction({ name: "updateProfileAction", actor: "customer", input: profileInput }, (i, actor) =>
  updateProfile(actor, i),
);
export async function updateProfileAction(raw: Record<string, string>): Promise<ActionResult> {
  return profile(raw);
}

const password = defineAction(
  { name: "changePasswordAction", actor: "customer", input: changePasswordInput },
  (i, actor) => changePassword(actor, i),
);
export async function changePasswordAction(raw: {
  currentPassword: string;
  newPassword: string;
}): Promise<ActionResult> {
  return password(raw);
}

/** This device opts in to notifications (due reminders, order status). */
export async function subscribePushAction(raw: unknown): Promise<ActionResult> {
  try {
    const user = await requireCustomer();
    await subscribeToPush({ userId: user.id }, raw);
    return { ok: true };
  } catch (err) {
    return toFailure(err, "subscribePushAction");
  }
}

export async function unsubscribePushAction(raw: { endpoint: string }): Promise<ActionResult> {
  try {
    const user = await requireCustomer();
    await unsubscribeFromPush({ userId: user.id }, raw);
    return { ok: true };
  } catch (err) {
    return toFailure(err, "unsubscribePushAction");
  }
}
