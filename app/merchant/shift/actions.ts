"use server";
// The cash drawer's forms: thin adapters over lib/domain/shifts (amounts typed in rupees).
import { revalidatePath } from "next/cache";
import { toFailure, type ActionResult } from "@/lib/action-result";
import { requireMerchant } from "@/lib/auth/session";
import { closeShift, moveCash, openShift } from "@/lib/domain/shifts";
import { parseRupeesToPaise } from "@/lib/money";

const rupees = (form: FormData, name: string) => parseRupeesToPaise(String(form.get(name) ?? "")) ?? -1;
const bad = (field: string): ActionResult => ({
  ok: false,
  code: "invalid_input",
  message: "Invalid amount",
  fields: { [field]: "amount_invalid" },
});

export async function openShiftAction(form: FormData): Promise<ActionResult> {
  const openingCashPaise = rupees(form, "opening");
  if (openingCashPaise < 0) return bad("openingCashPaise");
  try {
    const { user, merchant } = await requireMerchant();
    await openShift(merchant.id, user.id, { openingCashPaise });
    revalidatePath("/merchant/shift");
    return { ok: true };
  } catch (err) {
    return toFailure(err, "open shift");
  }
}

export async function cashMoveAction(shiftId: string, form: FormData): Promise<ActionResult> {
  const amountPaise = rupees(form, "amount");
  if (amountPaise <= 0) return bad("amountPaise");
  try {
    const { user, merchant } = await requireMerchant();
    const kind = form.get("kind") === "in" ? "in" : "out";
    await moveCash(merchant.id, user.id, shiftId, { kind, amountPaise, reason: String(form.get("reason") ?? "") });
    revalidatePath("/merchant/shift");
    return { ok: true };
  } catch (err) {
    return toFailure(err, "cash move");
  }
}

export async function closeShiftAction(shiftId: string, form: FormData): Promise<ActionResult<{ id: string }>> {
  const countedCashPaise = rupees(form, "counted");
  if (countedCashPaise < 0) return bad("countedCashPaise") as ActionResult<{ id: string }>;
  try {
    const { user, merchant } = await requireMerchant();
    const r = await closeShift(merchant.id, user.id, shiftId, { countedCashPaise });
    revalidatePath("/merchant/shift");
    return { ok: true, id: r.shift.id };
  } catch (err) {
    return toFailure(err, "close shift");
  }
}
