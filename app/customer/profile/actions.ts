"use server";
// The customer's own account: parse (the sign-up rules) -> guard -> domain -> revalidate.
import { revalidatePath } from "next/cache";
import { invalidInput, toFailure, type ActionResult } from "@/lib/action-result";
import { requireCustomer } from "@/lib/auth/session";
import { changePassword, updateProfile } from "@/lib/domain/profile";
import { changePasswordInput, profileInput } from "@/lib/validation/customer";

export async function updateProfileAction(raw: Record<string, string>): Promise<ActionResult> {
  const parsed = profileInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireCustomer();
    await updateProfile(user.id, parsed.data);
    // The shell shows the name on every customer screen.
    revalidatePath("/customer", "layout");
    return { ok: true };
  } catch (err) {
    return toFailure(err, "updateProfileAction");
  }
}

export async function changePasswordAction(raw: {
  currentPassword: string;
  newPassword: string;
}): Promise<ActionResult> {
  const parsed = changePasswordInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireCustomer();
    await changePassword(user.id, parsed.data);
    return { ok: true };
  } catch (err) {
    return toFailure(err, "changePasswordAction");
  }
}
