// A tab's balance inside a write (credit limit, payments, statements), from the ledger
// vocabulary (lib/ledger-sql.ts): + what the tab owes, - an advance.
import type { Tx } from "@/lib/db";
import { TAB_BALANCE } from "@/lib/ledger-sql";
import { DomainError } from "./errors";

type DbLike = Pick<Tx, "$queryRaw">;

export async function balanceOf(client: DbLike, merchantId: string, customerId: string): Promise<number> {
  const [row] = await client.$queryRaw<{ due: bigint | null }[]>`
    SELECT ${TAB_BALANCE} AS due FROM "Transaction" t
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
  if (!rows[0]) throw new DomainError("not_found", "Customer not found", { customerId: "customer_not_found" });
  return rows[0];
}
