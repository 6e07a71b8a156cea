"use server";
// The Remind screen's actions: thin adapters over lib/usecases/reminders.
import { headers } from "next/headers";
import type { ActionResult } from "@/lib/action-result";
import { requestOrigin } from "@/lib/http/request-origin";
import { defineAction } from "@/lib/usecases/action";
import { changeDoNotRemind, remindAllOlderThan, remindTab, type SentReminder } from "@/lib/usecases/reminders";
import { bulkRemindInput, doNotRemindInput, remindInput } from "@/lib/validation/reminders";

// The statement link in the message is on the origin the shop is using.
const origin = async () => requestOrigin(await headers());

const remind = defineAction(
  { name: "remindAction", actor: "merchant", input: remindInput },
  async (i, actor) => remindTab(actor, i, await origin()),
  (reminder) => ({ reminder }),
);
export async function remindAction(raw: { customerId: string }): Promise<ActionResult<{ reminder: SentReminder }>> {
  return remind(raw);
}

const remindAll = defineAction(
  { name: "remindAllAction", actor: "merchant", input: bulkRemindInput },
  async (i, actor) => remindAllOlderThan(actor, i, await origin()),
  (r) => ({ reminders: r.reminders }),
);
export async function remindAllAction(raw: {
  olderThanDays?: number;
}): Promise<ActionResult<{ reminders: SentReminder[] }>> {
  return remindAll(raw ?? {});
}

const doNotRemind = defineAction(
  { name: "doNotRemindAction", actor: "merchant", input: doNotRemindInput },
  (i, actor) => changeDoNotRemind(actor, i),
  (r) => ({ doNotRemind: r.doNotRemind }),
);
export async function doNotRemindAction(raw: {
  customerId: string;
  doNotRemind: boolean;
}): Promise<ActionResult<{ doNotRemind: boolean }>> {
  return doNotRemind(raw);
}
