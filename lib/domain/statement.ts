// A customer's statement at one shop: every credit sale, payment and void of a credit sale
// in time order with a running balance, and for each bill how much of it is paid (FIFO).
import type { PaymentMethod } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { balanceOf } from "./balance";
import { DomainError } from "./errors";

export type BillStatus = "due" | "partly_paid" | "paid" | "voided";
export type FifoBill = { id: string; amountPaise: number; voided: boolean };
export type FifoAllocation = {
  id: string;
  amountPaise: number;
  paidPaise: number;
  duePaise: number;
  status: BillStatus;
};
export type FifoResult = { bills: FifoAllocation[]; unallocatedPaise: number };

/**
 * Settle bills oldest first with everything paid so far. `bills` must be in time order.
 * Voided bills take nothing; what is left over (after voids of paid bills) is an advance.
 */
export function allocateFifo(bills: readonly FifoBill[], totalPaidPaise: number): FifoResult {
  if (!Number.isInteger(totalPaidPaise) || totalPaidPaise < 0)
    throw new Error(`totalPaidPaise must be a non-negative integer, got ${totalPaidPaise}`);
  let left = totalPaidPaise;
  const out = bills.map((b): FifoAllocation => {
    if (b.voided) return { id: b.id, amountPaise: b.amountPaise, paidPaise: 0, duePaise: 0, status: "voided" };
    const paid = Math.min(left, b.amountPaise);
    left -= paid;
    const status: BillStatus = paid === 0 ? "due" : paid === b.amountPaise ? "paid" : "partly_paid";
    return { id: b.id, amountPaise: b.amountPaise, paidPaise: paid, duePaise: b.amountPaise - paid, status };
  });
  return { bills: out, unallocatedPaise: left };
}

export type StatementEntry = {
  id: string;
  type: "CREDIT_SALE" | "PAYMENT" | "VOID" | "RETURN";
  method: PaymentMethod;
  amountPaise: number;
  /** +amount for a credit sale, -amount for a payment or a void. */
  signedPaise: number;
  balanceAfterPaise: number;
  occurredAt: Date;
  note: string | null;
  /** For a VOID: the credit sale it reverses. */
  voidsId: string | null;
  /** For a CREDIT_SALE: its FIFO settlement. */
  bill: { paidPaise: number; duePaise: number; status: BillStatus } | null;
};

export type Statement = {
  customer: { id: string; name: string; phone: string | null; creditLimitPaise: number | null; claimed: boolean };
  entries: StatementEntry[];
  balancePaise: number;
  totals: { creditPaise: number; paidPaise: number; voidedPaise: number };
  /** Paid beyond all live bills (e.g. a paid bill was later voided): the shop owes this back or keeps it as credit. */
  advancePaise: number;
};

export async function customerStatement(merchantId: string, customerId: string): Promise<Statement> {
  const customer = await db.customer.findFirst({
    where: { id: customerId, merchantId },
    select: { id: true, name: true, phone: true, creditLimitPaise: true, userId: true },
  });
  if (!customer) throw new DomainError("not_found", "Customer not found");
  const rows = await db.transaction.findMany({
    where: {
      merchantId,
      customerId,
      OR: [{ type: { in: ["CREDIT_SALE", "PAYMENT"] } }, { type: { in: ["VOID", "RETURN"] }, method: "CREDIT" }],
    },
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, type: true, method: true, amountPaise: true, occurredAt: true, note: true, voidsId: true },
  });
  const balancePaise = await balanceOf(db, merchantId, customerId);

  const voided = new Set(rows.filter((r) => r.type === "VOID" && r.voidsId).map((r) => r.voidsId!));
  const totals = { creditPaise: 0, paidPaise: 0, voidedPaise: 0 };
  for (const r of rows) {
    if (r.type === "CREDIT_SALE") totals.creditPaise += r.amountPaise;
    // A credit note refunded onto the tab settles the oldest dues, like a payment.
    else if (r.type === "PAYMENT" || r.type === "RETURN") totals.paidPaise += r.amountPaise;
    else totals.voidedPaise += r.amountPaise;
  }
  const fifo = allocateFifo(
    rows
      .filter((r) => r.type === "CREDIT_SALE")
      .map((r) => ({ id: r.id, amountPaise: r.amountPaise, voided: voided.has(r.id) })),
    totals.paidPaise,
  );
  const byBill = new Map(fifo.bills.map((b) => [b.id, b]));

  let running = 0;
  const entries = rows.map((r): StatementEntry => {
    const signed = r.type === "CREDIT_SALE" ? r.amountPaise : -r.amountPaise;
    running += signed;
    const b = byBill.get(r.id);
    return {
      id: r.id,
      type: r.type as StatementEntry["type"],
      method: r.method,
      amountPaise: r.amountPaise,
      signedPaise: signed,
      balanceAfterPaise: running,
      occurredAt: r.occurredAt,
      note: r.note,
      voidsId: r.voidsId,
      bill: b ? { paidPaise: b.paidPaise, duePaise: b.duePaise, status: b.status } : null,
    };
  });
  return {
    customer: {
      id: customer.id,
      name: customer.name,
      phone: customer.phone,
      creditLimitPaise: customer.creditLimitPaise,
      claimed: customer.userId !== null,
    },
    entries,
    balancePaise,
    totals,
    advancePaise: fifo.unallocatedPaise,
  };
}
