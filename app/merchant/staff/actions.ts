"use server";
import type { ActionResult } from "@/lib/action-result";
import { defineAction } from "@/lib/usecases/action";
import { addStaff } from "@/lib/usecases/staff";
import { staffInput } from "@/lib/validation/staff";

const add = defineAction(
  { name: "add staff", actor: "merchant", permission: "manage_staff", input: staffInput },
  (i, actor) => addStaff(actor, i),
  () => ({}),
);

/** The owner adds a manager or a cashier (name, phone, password, PIN for the counter). */
export async function addStaffAction(form: FormData): Promise<ActionResult> {
  return add({
    name: form.get("name"),
    phone: form.get("phone"),
    password: form.get("password"),
    role: form.get("role"),
    pin: form.get("pin") || undefined,
  });
}
