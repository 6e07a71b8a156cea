"use server";
// Switch the person selling at a shared counter tablet by PIN, without signing out.
import { revalidatePath } from "next/cache";
import { invalidInput, toFailure, type ActionResult } from "@/lib/action-result";
import { clearCounterActor, setCounterActor } from "@/lib/auth/counter-actor";
import { requireMerchant } from "@/lib/auth/session";
import { staffByPin } from "@/lib/domain/staff";
import { pinSchema } from "@/lib/validation/staff";
import { z } from "zod";

export async function switchPersonAction(pin: string): Promise<ActionResult<{ name: string }>> {
  const parsed = z.object({ pin: pinSchema }).safeParse({ pin });
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const ctx = await requireMerchant();
    const signedIn = "signedIn" in ctx && ctx.signedIn ? ctx.signedIn : ctx.user;
    const person = await staffByPin(ctx.merchant.id, parsed.data.pin);
    if (!person) return { ok: false, code: "invalid_input", message: "Wrong PIN", fields: { pin: "pin_wrong" } };
    // The signed-in person's own PIN switches back to them.
    if (person.userId === signedIn.id) await clearCounterActor();
    else await setCounterActor(person.userId, ctx.merchant.id);
    revalidatePath("/merchant", "layout");
    return { ok: true, name: person.name };
  } catch (err) {
    return toFailure(err, "counter switch");
  }
}
