"use server";
// Setting a new password with a one-time link. No sign-in needed: the link's token is the
// credential (256 random bits, stored only as a hash), checked and spent by the domain.
import { resetPasswordWithToken } from "@/lib/domain/admin";
import { DomainError } from "@/lib/domain/errors";
import { resetPasswordSchema } from "@/lib/validation/admin";
import { fieldErrors } from "@/lib/validation/fields";

export type ResetFormState = { ok: true } | { ok: false; reason?: string; fieldErrors?: Record<string, string> } | null;

export async function resetPasswordAction(_prev: ResetFormState, form: FormData): Promise<ResetFormState> {
  const input = {
    token: String(form.get("token") ?? ""),
    password: String(form.get("password") ?? ""),
    confirm: String(form.get("confirm") ?? ""),
  };
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  try {
    await resetPasswordWithToken(parsed.data);
    return { ok: true };
  } catch (err) {
    if (err instanceof DomainError)
      return { ok: false, reason: String(err.details?.reason ?? "unknown"), fieldErrors: err.fields };
    console.error("password reset failed", err);
    throw err;
  }
}
