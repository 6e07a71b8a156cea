// The customer's data rights (DPDP): download their data; ask a shop to delete their tab.
// And the shop's side: the requests waiting, carrying one out. Called by the server actions
// and by the /api/v1 handlers alike.
import "server-only";
import { carryOutTabDeletion, requestTabDeletion } from "@/lib/domain/tab-deletion";
import { exportMyData, pendingDeletionRequests } from "@/lib/queries/my-data";
import { parseOrThrow } from "@/lib/validation/common";
import { deletionRequestIdInput, tabDeletionInput } from "@/lib/validation/reminders";
import { outcome, type CustomerActor, type MerchantActor } from "./core";
import { announce } from "./events";
import { REFRESH } from "./refresh";

export function downloadMyData(actor: { userId: string }) {
  return exportMyData(actor.userId);
}

export async function askToDeleteTab(actor: CustomerActor, raw: unknown) {
  const { customerId } = parseOrThrow(tabDeletionInput, raw);
  const r = await requestTabDeletion(actor.userId, customerId);
  await announce.customerUpdated(r.merchantId, customerId, { deletionRequested: true }, actor.userId);
  return outcome(r, REFRESH.customerTab(customerId));
}

export async function carryOutDeletion(actor: MerchantActor, raw: unknown) {
  const { requestId } = parseOrThrow(deletionRequestIdInput, raw);
  const done = await carryOutTabDeletion(actor.merchantId, actor.userId, requestId);
  await announce.customerUpdated(actor.merchantId, done.customerId, { deletion: done.outcome }, done.userId);
  const { userId: _u, ...dto } = done;
  // The tab leaves (or is renamed on) the customer lists and the Remind screen.
  return outcome(dto, REFRESH.tabs, REFRESH.reminders);
}

/** The requests waiting at this shop, oldest first. */
export function pendingDeletions(actor: { merchantId: string }) {
  return pendingDeletionRequests(actor.merchantId);
}
