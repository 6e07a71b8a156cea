// Open a tab for a new person at this shop. Kept beside its action because lib/domain has
// no customer-create rule yet; it follows the domain shape (zod parse, one DB transaction,
// audit, typed errors) so it can move to lib/domain/customers.ts unchanged.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/domain/audit";
import { DomainError, isUniqueViolation } from "@/lib/domain/errors";
import { parseOrThrow } from "@/lib/validation/common";
import { customerQuickAdd } from "@/lib/validation/sale";

export async function addCustomer(merchantId: string, actorUserId: string, raw: unknown): Promise<{ id: string; name: string; phone: string | null }> {
  const input = parseOrThrow(customerQuickAdd, raw);
  try {
    return await db.$transaction(async (tx) => {
      const c = await tx.customer.create({ data: { merchantId, name: input.name, phone: input.phone ?? null }, select: { id: true, name: true, phone: true } });
      await writeAudit(tx, { actorId: actorUserId, actorRole: "MERCHANT", merchantId, action: "customer.create", entity: "Customer", entityId: c.id, after: { name: c.name, phone: c.phone } });
      return c;
    });
  } catch (err) {
    // One tab per phone at a shop (the unique index): point at the existing tab instead.
    if (input.phone && isUniqueViolation(err)) {
      const existing = await db.customer.findFirst({ where: { merchantId, phone: input.phone }, select: { id: true, name: true } });
      throw new DomainError("duplicate", "A customer with this phone is already on the books", { phone: "Already on the books" }, existing ? { customerId: existing.id, name: existing.name } : undefined);
    }
    throw err;
  }
}
