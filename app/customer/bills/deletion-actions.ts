"use server";
// The customer asks the shop to delete this tab (DPDP): a thin adapter over the use case.
import type { ActionResult } from "@/lib/action-result";
import { defineAction } from "@/lib/usecases/action";
import { askToDeleteTab } from "@/lib/usecases/my-data";
import { tabDeletionInput } from "@/lib/validation/reminders";

const ask = defineAction(
  { name: "askToDeleteTabAction", actor: "customer", input: tabDeletionInput },
  (i, actor) => askToDeleteTab(actor, i),
  () => ({}),
);

export async function askToDeleteTabAction(raw: { customerId: string }): Promise<ActionResult> {
  return ask(raw);
}
