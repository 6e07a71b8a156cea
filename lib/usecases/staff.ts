// The shop's people: the owner adds a manager or a cashier; anyone of the shop switches the
// shared counter tablet to themselves by PIN. Called by the actions and /api/v1/staff alike.
import "server-only";
import { clearCounterActor, setCounterActor } from "@/lib/auth/counter-actor";
import { updateCounterSettings } from "@/lib/domain/counter-settings";
import { DomainError } from "@/lib/domain/errors";
import { createStaff, staffByPin } from "@/lib/domain/staff";
import type { StaffInput } from "@/lib/validation/staff";
import { outcome, type MerchantActor } from "./core";
import { REFRESH } from "./refresh";

/** Name, phone, password, role and an optional PIN for the counter (the domain checks manage_staff). */
export async function addStaff(actor: MerchantActor, input: StaffInput) {
  return outcome(await createStaff(actor.merchantId, actor.userId, input), REFRESH.staff);
}

/**
 * Switch the person selling at this counter, without signing out. The signed-in person's own
 * PIN switches back to them. A wrong PIN is a field failure (and counts towards the lock).
 */
export async function switchCounterPerson(actor: MerchantActor, pin: string) {
  const person = await staffByPin(actor.merchantId, pin);
  if (!person) throw new DomainError("invalid_input", "Wrong PIN", { pin: "pin_wrong" });
  if (person.userId === (actor.signedInUserId ?? actor.userId)) await clearCounterActor();
  else await setCounterActor(person.userId, actor.merchantId);
  return outcome({ name: person.name }, REFRESH.merchantShell);
}

/** Sell past recorded stock or refuse; how the scale prints weighed-item barcodes. */
export async function saveCounterSettings(actor: MerchantActor, input: unknown) {
  return outcome(await updateCounterSettings(actor.merchantId, actor.userId, input), REFRESH.counter);
}
