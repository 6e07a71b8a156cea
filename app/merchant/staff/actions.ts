"use server";
import { revalidatePath } from "next/cache";
import { invalidInput, toFailure, type ActionResult } from "@/lib/action-result";
import { requirePermission } from "@/lib/auth/session";
import { createStaff } from "@/lib/domain/staff";
import { staffInput } from "@/lib/validation/staff";

/** The owner adds a manager or a cashier (name, phone, password, PIN for the counter). */
export async function addStaffAction(form: FormData): Promise<ActionResult> {
  const parsed = staffInput.safeParse({
    name: form.get("name"),
    phone: form.get("phone"),
    password: form.get("password"),
    role: form.get("role"),
    pin: form.get("pin") || undefined,
  });
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requirePermission("manage_staff");
    await createStaff(merchant.id, user.id, parsed.data);
    revalidatePath("/merchant/staff");
    return { ok: true };
  } catch (err) {
    return toFailure(err, "add staff");
  }
}
