"use server";
// The shop carries out a customer's request to delete their tab (DPDP): anonymised when it
// has bills, deleted when not. A thin adapter over the use case.
import type { ActionResult } from "@/lib/action-result";
import { defineAction } from "@/lib/usecases/action";
import { carryOutDeletion } from "@/lib/usecases/my-data";
import { deletionRequestIdInput } from "@/lib/validation/reminders";

const carryOut = defineAction(
  { name: "carryOutDeletionAction", actor: "merchant", input: deletionRequestIdInput },
  (i, actor) => carryOutDeletion(actor, i),
  (done) => ({ outcome: done.outcome, customerId: done.customerId }),
);

export async function carryOutDeletionAction(raw: {
  requestId: string;
}): Promise<ActionResult<{ outcome: string | null; customerId: string }>> {
  return carryOut(raw);
}
