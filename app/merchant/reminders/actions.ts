"use server";
// The Remind screen's actions: thin adapters over lib/usecases/reminders.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { toFailure, type ActionResult } from "@/lib/action-result";
import { requireMerchant } from "@/lib/auth/session";
import { requestOrigin } from "@/lib/http/request-origin";
import { changeDoNotRemind, remindAllOlderThan, remindTab, type SentReminder } from "@/lib/usecases/reminders";

async function actor() {
  const { user, merchant } = await requireMerchant();
  return { userId: user.id, merchantId: merchant.id };
}

export async function remindAction(raw: { customerId: string }): Promise<ActionResult<{ reminder: SentReminder }>> {
  try {
    const reminder = await remindTab(await actor(), raw, requestOrigin(await headers()));
    revalidatePath("/merchant/reminders");
    return { ok: true, reminder };
  } catch (err) {
    return toFailure(err, "remindAction");
  }
}

export async function remindAllAction(raw: {
  olderThanDays?: number;
}): Promise<ActionResult<{ reminders: SentReminder[] }>> {
  try {
    const r = await remindAllOlderThan(await actor(), raw, requestOrigin(await headers()));
    revalidatePath("/merchant/reminders");
    return { ok: true, reminders: r.reminders };
  } catch (err) {
    return toFailure(err, "remindAllAction");
  }
}

export async function doNotRemindAction(raw: {
  customerId: string;
  doNotRemind: boolean;
}): Promise<ActionResult<{ doNotRemind: boolean }>> {
  try {
    const r = await changeDoNotRemind(await actor(), raw);
    revalidatePath("/merchant/reminders");
    return { ok: true, doNotRemind: r.doNotRemind };
  } catch (err) {
    return toFailure(err, "doNotRemindAction");
  }
}
