"use server";
// The customer's own account: adapters over lib/usecases/account.
import type { ActionResult } from "@/lib/action-result";
import { changePassword, updateProfile } from "@/lib/usecases/account";
import { defineAction } from "@/lib/usecases/action";
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
