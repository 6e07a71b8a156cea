// The cash drawer: open a shift with its float, pay cash in or out, close it with the counted
// cash. Called by the shift screen's actions and the /api/v1/shifts handlers alike.
import "server-only";
import {
  closeShift as closeShiftRule,
  moveCash as moveCashRule,
  openShift as openShiftRule,
} from "@/lib/domain/shifts";
import type { CashMoveInput, CloseShiftInput, OpenShiftInput } from "@/lib/validation/staff";
import { outcome, type MerchantActor } from "./core";
import { REFRESH } from "./refresh";

export async function openShift(actor: MerchantActor, input: OpenShiftInput) {
  return outcome(await openShiftRule(actor.merchantId, actor.userId, input), REFRESH.shift);
}

export async function moveCash(actor: MerchantActor, shiftId: string, input: CashMoveInput) {
  return outcome(await moveCashRule(actor.merchantId, actor.userId, shiftId, input), REFRESH.shift);
}

/** Expected cash, the variance and the frozen Z report. */
export async function closeShift(actor: MerchantActor, shiftId: string, input: CloseShiftInput) {
  return outcome(await closeShiftRule(actor.merchantId, actor.userId, shiftId, input), REFRESH.shift);
}
