// Due reminders: the record of each one sent (the tab's "last reminded") and the shop's
// per-tab "do not remind". The message itself is built by lib/reminder-message.ts.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "./audit";
import { DomainError } from "./errors";

export async function recordReminder(
  merchantId: string,
  actorUserId: string,
  r: { customerId: string; duePaise: number; pushed: number },
): Promise<{ id: string; createdAt: Date }> {
  return db.dueReminder.create({
    data: { merchantId, customerId: r.customerId, duePaise: r.duePaise, pushed: r.pushed, createdById: actorUserId },
    select: { id: true, createdAt: true },
  });
}

export async function setDoNotRemind(
  merchantId: string,
  actorUserId: string,
  customerId: string,
  doNotRemind: boolean,
): Promise<{ customerId: string; doNotRemind: boolean }> {
  return db.$transaction(async (tx) => {
    const c = await tx.customer.findFirst({
      where: { id: customerId, merchantId },
      select: { id: true, doNotRemind: true },
    });
    if (!c) throw new DomainError("not_found", "Customer not found");
    if (c.doNotRemind !== doNotRemind) {
      await tx.customer.update({ where: { id: c.id }, data: { doNotRemind } });
      await writeAudit(tx, {
        actorId: actorUserId,
        actorRole: "MERCHANT",
        merchantId,
        action: "customer.do_not_remind",
        entity: "Customer",
        entityId: c.id,
        before: { doNotRemind: c.doNotRemind },
        after: { doNotRemind },
      });
    }
    return { customerId: c.id, doNotRemind };
  });
}
