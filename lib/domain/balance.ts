// The one definition of a customer's due at a shop, in SQL:
//   due = credit sales - payments - voids of credit sales - returns refunded onto the tab
// A VOID copies the method of the sale it reverses, so method = 'CREDIT' marks the voids
// that reduce a tab. Shared by sales (credit limit) and the ledger (payments, statements).
import type { Tx } from "@/lib/db";
import { DomainError } from "./errors";

type DbLike = Pick<Tx, "$queryRaw">;

export async function balanceOf(client: DbLike, merchantId: string, customerId: string): Promise<number> {
  const [row] = await client.$queryRaw<{ due: bigint | null }[]>`
    SELECT SUM(CASE
             WHEN t."type" = 'CREDIT_SALE' THEN t."amountPaise"
             WHEN t."type" = 'PAYMENT' THEN -t."amountPaise"
             WHEN t."type" = 'VOID' AND t."method" = 'CREDIT' THEN -t."amountPaise"
             WHEN t."type" = 'RETURN' AND t."method" = 'CREDIT' THEN -t."amountPaise"
             ELSE 0 END) AS due
      FROM "Transaction" t
     WHERE t."merchantId" = ${merchantId} AND t."customerId" = ${customerId}`;
  return Number(row?.due ?? 0);
}

/** The tab's balance just after one of its entries (for a pay-later receipt: previous due, new balance). */
export async function balanceAfter(
  client: DbLike,
  merchantId: string,
  customerId: string,
  entry: { id: string; createdAt: Date },
): Promise<number> {
  const [row] = await client.$queryRaw<{ due: bigint | null }[]>`
    SELECT SUM(CASE
             WHEN t."type" = 'CREDIT_SALE' THEN t."amountPaise"
             WHEN t."type" = 'PAYMENT' THEN -t."amountPaise"
             WHEN t."type" = 'VOID' AND t."method" = 'CREDIT' THEN -t."amountPaise"
             ELSE 0 END) AS due
      FROM "Transaction" t
     WHERE t."merchantId" = ${merchantId} AND t."customerId" = ${customerId}
       AND (t."createdAt", t."id") <= (${entry.createdAt}, ${entry.id})`;
  return Number(row?.due ?? 0);
}

/**
 * Lock the customer's row for the rest of the DB transaction: every write that moves a
 * tab (credit sale, payment, void) takes this lock first, so two at once cannot both pass
 * a limit or due check on the same stale balance. Throws not_found for another shop's id.
 */
export async function lockCustomer(tx: Tx, merchantId: string, customerId: string) {
  const rows = await tx.$queryRaw<
    { id: string; name: string; phone: string | null; creditLimitPaise: number | null }[]
  >`
    SELECT "id", "name", "phone", "creditLimitPaise" FROM "Customer"
     WHERE "id" = ${customerId} AND "merchantId" = ${merchantId}
       FOR NO KEY UPDATE`;
  if (!rows[0]) throw new DomainError("not_found", "Customer not found", { customerId: "Customer not found" });
  return rows[0];
}
