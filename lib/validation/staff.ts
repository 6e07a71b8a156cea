// Staff accounts and the counter's cash drawer (shifts). Messages are keys (validation.json).
import { z } from "zod";
import { passwordSchema } from "./auth";
import { indianMobile, note, paise, paiseOrZero, personName } from "./common";

export const pinSchema = z.string({ error: "staff_pin_invalid" }).regex(/^\d{4,6}$/, { error: "staff_pin_invalid" });

/** The owner adds a manager or a cashier: they sign in with phone + password like anyone. */
export const staffInput = z.object({
  name: personName,
  phone: indianMobile,
  password: passwordSchema,
  role: z.enum(["manager", "cashier"], { error: "staff_role_invalid" }),
  pin: pinSchema.optional(),
});

export const counterName = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\w -]+$/, { error: "counter_invalid" });

export const openShiftInput = z.object({
  openingCashPaise: paiseOrZero,
  counter: counterName.optional().default("main"),
});

export const cashMoveInput = z.object({
  kind: z.enum(["in", "out"], { error: "cash_kind_invalid" }),
  amountPaise: paise,
  reason: note.min(1, { error: "reason_required" }),
});

export const closeShiftInput = z.object({ countedCashPaise: paiseOrZero });

export type StaffInput = z.input<typeof staffInput>;
export type OpenShiftInput = z.input<typeof openShiftInput>;
export type CashMoveInput = z.input<typeof cashMoveInput>;
export type CloseShiftInput = z.input<typeof closeShiftInput>;
