// The audit trail: one row per sensitive change, written inside the change's own DB
// transaction so the record and the change commit (or roll back) together.
import type { Tx } from "@/lib/db";
import type { Prisma, Role } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  actorId: string | null;
  /** Left out: read from the actor's account (one indexed read). */
  actorRole?: Role | null;
  merchantId: string | null;
  /** Dotted verb, e.g. "sale.void", "payment.record", "customer.credit_limit". */
  action: string;
  /** Model name of the row concerned, e.g. "Transaction", "Customer". */
  entity: string;
  entityId: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** The one audit writer: every sensitive change calls it inside its own transaction. */
export async function writeAudit(tx: Tx, e: AuditEntry): Promise<void> {
  const actorRole =
    e.actorRole !== undefined
      ? e.actorRole
      : e.actorId
        ? ((await tx.user.findUnique({ where: { id: e.actorId }, select: { role: true } }))?.role ?? null)
        : null;
  await tx.auditLog.create({
    data: {
      actorId: e.actorId,
      actorRole,
      merchantId: e.merchantId,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      // Prisma wants undefined (not null) to leave a Json? column empty.
      before: e.before ?? undefined,
      after: e.after ?? undefined,
    },
  });
}
