"use server";
// The cash drawer's forms: adapters over lib/usecases/shifts (amounts typed in rupees).
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { parseRupeesToPaise } from "@/lib/money";
import { defineAction } from "@/lib/usecases/action";
import { closeShift, moveCash, openShift } from "@/lib/usecases/shifts";
import { cashMoveInput, closeShiftInput, openShiftInput } from "@/lib/validation/staff";

const rupees = (form: FormData, name: string) => parseRupeesToPaise(String(form.get(name) ?? "")) ?? -1;
const bad = (field: string) =>
  ({ ok: false, code: "invalid_input", message: "Invalid amount", fields: { [field]: "amount_invalid" } }) as const;

const open = defineAction(
  { name: "open shift", actor: "merchant", input: openShiftInput },
  (i, actor) => openShift(actor, i),
  () => ({}),
);
export async function openShiftAction(form: FormData): Promise<ActionResult> {
  const openingCashPaise = rupees(form, "opening");
  return openingCashPaise < 0 ? bad("openingCashPaise") : open({ openingCashPaise });
}

const move = defineAction(
  { name: "cash move", actor: "merchant", input: cashMoveInput.extend({ shiftId: z.string() }) },
  ({ shiftId, ...i }, actor) => moveCash(actor, shiftId, i),
  () => ({}),
);
export async function cashMoveAction(shiftId: string, form: FormData): Promise<ActionResult> {
  const amountPaise = rupees(form, "amount");
  if (amountPaise <= 0) return bad("amountPaise");
  const kind = form.get("kind") === "in" ? "in" : "out";
  return move({ shiftId, kind, amountPaise, reason: String(form.get("reason") ?? "") });
}

const close = defineAction(
  { name: "close shift", actor: "merchant", input: closeShiftInput.extend({ shiftId: z.string() }) },
  ({ shiftId, ...i }, actor) => closeShift(actor, shiftId, i),
  (r) => ({ id: r.shift.id }),
);
export async function closeShiftAction(shiftId: string, form: FormData): Promise<ActionResult<{ id: string }>> {
  const countedCashPaise = rupees(form, "counted");
  return countedCashPaise < 0 ? bad("countedCashPaise") : close({ shiftId, countedCashPaise });
}
