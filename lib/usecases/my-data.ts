// The customer's data rights (DPDP): download their data; ask a shop to delete their tab.
// And the shop's side: the requests waiting, carrying one out. Called by the server actions
// and by the /api/v1 handlers alike.
import "server-only";
import { carryOutTabDeletion, requestTabDeletion } from "@/lib/domain/tab-deletion";
import { exportMyData, pendingDeletionRequests } from "@/lib/queries/my-data";
import { publishEvent } from "@/lib/realtime/publish";
import { parseOrThrow } from "@/lib/validation/common";
import { deletionRequestIdInput, tabDeletionInput } from "@/lib/validation/reminders";

export function downloadMyData(actor: { userId: string }) {
  return exportMyData(actor.userId);
}

export async function askToDeleteTab(actor: { userId: string }, raw: unknown) {
  const { customerId } = parseOrThrow(tabDeletionInput, raw);
  const r = await requestTabDeletion(actor.userId, customerId);
  await publishEvent({
    type: "customer.updated",
    merchantId: r.merchantId,
    customerUserId: actor.userId,
    id: customerId,
    data: { deletionRequested: true },
  });
  return r;
}

export async function carryOutDeletion(actor: { userId: string; merchantId: string }, raw: unknown) {
  const { requestId } = parseOrThrow(deletionRequestIdInput, raw);
  const done = await carryOutTabDeletion(actor.merchantId, actor.userId, requestId);
  await publishEvent({
    type: "customer.updated",
    merchantId: actor.merchantId,
    customerUserId: done.userId,
    id: done.customerId,
    data: { deletion: done.outcome },
  });
  const { userId: _u, ...dto } = done;
  return dto;
}

/** The requests waiting at this shop, oldest first. */
export function pendingDeletions(actor: { merchantId: string }) {
  return pendingDeletionRequests(actor.merchantId);
}
