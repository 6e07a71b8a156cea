// A customer objects to one ledger entry ("I never bought this", "I paid ₹500, not ₹50").
// The ledger is not touched: the shop sees the flag on that entry and corrects by a void or
// a payment if they agree, then marks the dispute resolved.
import { db } from "@/lib/db";
import { parseOrThrow } from "@/lib/validation/common";
import { disputeIdInput, disputeInput, type DisputeInput } from "@/lib/validation/customer";
import { writeAudit } from "./audit";
import { DomainError } from "./errors";

export type DisputeDto = {
  id: string;
  merchantId: string;
  transactionId: string;
  /** The customer user who raised it. */
  userId: string;
  note: string;
  createdAt: Date;
  resolvedAt: Date | null;
  replayed?: boolean;
};

const disputeSelect = {
  id: true,
  merchantId: true,
  transactionId: true,
  userId: true,
  note: true,
  createdAt: true,
  resolvedAt: true,
} as const;

/** Only an entry on the caller's own tab can be disputed; one open dispute per entry at a time. */
export async function openDispute(userId: string, raw: DisputeInput): Promise<DisputeDto> {
  const input = parseOrThrow(disputeInput, raw);
  return db.$transaction(async (tx) => {
    const entry = await tx.transaction.findFirst({
      where: { id: input.transactionId, customer: { userId } },
      select: { id: true, merchantId: true, type: true },
    });
    if (!entry) throw new DomainError("not_found", "Entry not found");
    if (entry.type === "VOID")
      throw new DomainError("invalid_input", "A cancelled entry cannot be disputed", { transactionId: "dispute_void" });
    const open = await tx.dispute.findFirst({
      where: { transactionId: entry.id, userId, resolvedAt: null },
      select: { id: true },
    });
    if (open) throw new DomainError("conflict", "You already flagged this entry", { note: "dispute_already_open" });
    const d = await tx.dispute.create({
      data: { merchantId: entry.merchantId, transactionId: entry.id, userId, note: input.note },
      select: disputeSelect,
    });
    await writeAudit(tx, {
      actorId: userId,
      actorRole: "CUSTOMER",
      merchantId: entry.merchantId,
      action: "dispute.open",
      entity: "Dispute",
      entityId: d.id,
      after: { transactionId: entry.id, note: d.note },
    });
    return d;
  });
}

/** The shop has looked into it. Idempotent; another shop's dispute is not_found. */
export async function resolveDispute(
  merchantId: string,
  actorUserId: string,
  disputeId: string,
): Promise<DisputeDto & { customerId: string | null }> {
  const { disputeId: id } = parseOrThrow(disputeIdInput, { disputeId });
  return db.$transaction(async (tx) => {
    const moved = await tx.dispute.updateMany({
      where: { id, merchantId, resolvedAt: null },
      data: { resolvedAt: new Date() },
    });
    const row = await tx.dispute.findFirst({
      where: { id, merchantId },
      select: { ...disputeSelect, transaction: { select: { customerId: true } } },
    });
    if (!row) throw new DomainError("not_found", "Dispute not found");
    const { transaction, ...rest } = row;
    const d = { ...rest, customerId: transaction.customerId };
    if (moved.count === 0) return { ...d, replayed: true };
    await writeAudit(tx, {
      actorId: actorUserId,
      actorRole: "MERCHANT",
      merchantId,
      action: "dispute.resolve",
      entity: "Dispute",
      entityId: d.id,
      before: { resolvedAt: null },
      after: { resolvedAt: d.resolvedAt?.toISOString() ?? null },
    });
    return d;
  });
}

export type OpenDisputeRow = DisputeDto & { entry: { type: string; amountPaise: number; occurredAt: Date } };

/** Open disputes on one tab, for the shop's tab tools. */
export async function openDisputesForTab(merchantId: string, customerId: string): Promise<OpenDisputeRow[]> {
  const rows = await db.dispute.findMany({
    where: { merchantId, resolvedAt: null, transaction: { customerId, merchantId } },
    orderBy: { createdAt: "asc" },
    select: { ...disputeSelect, transaction: { select: { type: true, amountPaise: true, occurredAt: true } } },
  });
  return rows.map(({ transaction, ...d }) => ({ ...d, entry: transaction }));
}
