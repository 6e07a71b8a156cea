// A customer's request that a shop delete their tab (DPDP Act 2023, s.12: erasure), and the
// shop carrying it out. GST law keeps bills for years (CGST Act s.36), so a tab with any bill,
// payment or order is anonymised: name and phone go, the account is unlinked, shared
// statement links stop working; the ledger rows stay, now about no one. A tab with nothing
// on it is deleted outright.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "./audit";
import { DomainError } from "./errors";

export type DeletionRequestDto = {
  id: string;
  merchantId: string;
  customerId: string;
  status: "PENDING" | "DONE";
  outcome: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
};
const select = {
  id: true,
  merchantId: true,
  customerId: true,
  status: true,
  outcome: true,
  createdAt: true,
  resolvedAt: true,
} as const;

/** The customer asks; asking again while a request waits returns that one. */
export async function requestTabDeletion(userId: string, customerId: string): Promise<DeletionRequestDto> {
  return db.$transaction(async (tx) => {
    const tab = await tx.customer.findFirst({
      where: { id: customerId, userId },
      select: { id: true, merchantId: true },
    });
    if (!tab) throw new DomainError("not_found", "Tab not found");
    const waiting = await tx.tabDeletionRequest.findFirst({
      where: { customerId, userId, status: "PENDING" },
      select,
    });
    if (waiting) return waiting;
    const r = await tx.tabDeletionRequest.create({
      data: { merchantId: tab.merchantId, customerId, userId },
      select,
    });
    await writeAudit(tx, {
      actorId: userId,
      actorRole: "CUSTOMER",
      merchantId: tab.merchantId,
      action: "customer.deletion_request",
      entity: "Customer",
      entityId: customerId,
    });
    return r;
  });
}

export const ANONYMISED_NAME = "Deleted customer";

/** The shop carries a waiting request out: anonymise a tab with bills, delete one without. */
export async function carryOutTabDeletion(
  merchantId: string,
  actorUserId: string,
  requestId: string,
): Promise<DeletionRequestDto & { userId: string }> {
  return db.$transaction(async (tx) => {
    const req = await tx.tabDeletionRequest.findFirst({
      where: { id: requestId, merchantId },
      select: { ...select, userId: true },
    });
    if (!req) throw new DomainError("not_found", "Request not found");
    if (req.status === "DONE") return req;
    const [bills, orders] = await Promise.all([
      tx.transaction.count({ where: { merchantId, customerId: req.customerId } }),
      tx.order.count({ where: { merchantId, customerId: req.customerId } }),
    ]);
    const now = new Date();
    const keep = bills + orders > 0;
    if (keep) {
      await tx.customer.update({
        where: { id: req.customerId, merchantId },
        data: {
          name: `${ANONYMISED_NAME} #${req.customerId.slice(-4)}`,
          phone: null,
          userId: null,
          anonymisedAt: now,
          doNotRemind: true,
        },
      });
      await tx.statementLink.updateMany({
        where: { merchantId, customerId: req.customerId, revokedAt: null },
        data: { revokedAt: now },
      });
      await tx.claimCode.deleteMany({ where: { merchantId, customerId: req.customerId } });
    } else {
      // Nothing on the tab: nothing the law keeps. Its dependent rows go with it.
      await tx.statementLink.deleteMany({ where: { merchantId, customerId: req.customerId } });
      await tx.claimCode.deleteMany({ where: { merchantId, customerId: req.customerId } });
      await tx.dueReminder.deleteMany({ where: { merchantId, customerId: req.customerId } });
      await tx.paymentClaim.deleteMany({ where: { merchantId, customerId: req.customerId } });
      await tx.customer.delete({ where: { id: req.customerId, merchantId } });
    }
    const outcome = keep ? "anonymised" : "deleted";
    const done = await tx.tabDeletionRequest.update({
      where: { id: req.id },
      data: { status: "DONE", outcome, resolvedAt: now },
      select: { ...select, userId: true },
    });
    await writeAudit(tx, {
      actorId: actorUserId,
      actorRole: "MERCHANT",
      merchantId,
      action: `customer.${outcome}`,
      entity: "Customer",
      entityId: req.customerId,
      after: { requestId: req.id, bills, orders },
    });
    return done;
  });
}
