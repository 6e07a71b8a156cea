"use server";
// Setting a new password with a one-time link. No sign-in needed: the link's token is the
// credential (256 random bits, stored only as a hash), checked and spent by the domain.
import type { ActionResult } from "@/lib/action-result";
import { resetPassword } from "@/lib/usecases/account";
import { defineAction } from "@/lib/usecases/action";
import { resetPasswordSchema } from "@/lib/validation/admin";

/** null before the first try; a failed link says why in details.reason (unknown, used, expired). */
export type ResetFormState = ActionResult | null;

const reset = defineAction(
  { name: "password reset", actor: "public", input: resetPasswordSchema, refresh: false },
  (input) => resetPassword(input),
);

export async function resetPasswordAction(_prev: ResetFormState, form: FormData): Promise<ResetFormState> {
  return reset({
    token: String(form.get("token") ?? ""),
    password: String(form.get("password") ?? ""),
    confirm: String(form.get("confirm") ?? ""),
  });
}
