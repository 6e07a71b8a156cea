// The credit tab (khata): payments received, voids, balances and limits. Append-only:
// a mistake is reversed by a VOID row, never by editing or deleting a row.
import type { PaymentMethod, TransactionType } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { Transaction } from "@/lib/generated/prisma/client";
import { voidableNow } from "@/lib/gst/deadlines";
import { formatPaise } from "@/lib/money";
import { entityId, parseOrThrow } from "@/lib/validation/common";
import {
  creditLimitInput,
  paymentInput,
  voidInput,
  type PaymentInputRaw,
  type VoidInputRaw,
} from "@/lib/validation/sale";
import { writeAudit } from "./audit";
import { balanceOf, lockCustomer } from "./balance";
import { DomainError } from "./errors";
import { once } from "./idempotent";
import { openShiftId } from "./shifts";
import { returnStock } from "./stock";

export {
  allocateFifo,
  customerStatement,
  type BillStatus,
  type FifoBill,
  type FifoResult,
  type Statement,
  type StatementEntry,
} from "./statement";
export {
  listCustomers,
  searchCustomers,
  type CustomerListResult,
  type CustomerListRow,
  type CustomerPick,
} from "./customers";

/** One ledger row as the screens and the API see it (payments and voids). */
export type LedgerEntry = {
  id: string;
  clientId: string;
  type: TransactionType;
  method: PaymentMethod;
  amountPaise: number;
  customerId: string | null;
  voidsId: string | null;
  note: string | null;
  occurredAt: Date;
  createdAt: Date;
  replayed?: boolean;
};

export type PaymentResult = LedgerEntry & { duePaise: number };

const toEntry = (t: Transaction): LedgerEntry => ({
  id: t.id,
  clientId: t.clientId,
  type: t.type,
  method: t.method,
  amountPaise: t.amountPaise,
  customerId: t.customerId,
  voidsId: t.voidsId,
  note: t.note,
  occurredAt: t.occurredAt,
  createdAt: t.createdAt,
});

/** A customer's due at this shop (credit sales - payments - voided credit sales), in SQL. */
export async function customerBalance(merchantId: string, customerId: string): Promise<number> {
  const c = await db.customer.findFirst({ where: { id: customerId, merchantId }, select: { id: true } });
  if (!c) throw new DomainError("not_found", "Customer not found");
  return balanceOf(db, merchantId, customerId);
}

/** The ledger row a clientId already made at this shop, if any. */
const byClientId = (merchantId: string, clientId: string) => () =>
  db.transaction.findUnique({ where: { merchantId_clientId: { merchantId, clientId } } });

const clientIdReused = () =>
  new DomainError("conflict", "This client id was already used for another entry", { clientId: "client_id_reused" });

/**
 * Money received against the tab. Refused when nothing is due or it is more than the due.
 * realtime: published by the caller.
 */
export async function recordPayment(
  merchantId: string,
  actorUserId: string,
  raw: PaymentInputRaw,
): Promise<PaymentResult> {
  const input = parseOrThrow(paymentInput, raw);
  return once({
    find: byClientId(merchantId, input.clientId),
    replay: async (t) => {
      if (t.type !== "PAYMENT" || t.customerId !== input.customerId) throw clientIdReused();
      return { ...toEntry(t), duePaise: await balanceOf(db, merchantId, input.customerId) };
    },
    write: async (tx) => {
      const customer = await tx.customer.findFirst({
        where: { id: input.customerId, merchantId },
        select: { id: true },
      });
      if (!customer) throw new DomainError("not_found", "Customer not found", { customerId: "customer_not_found" });
      // Insert first (claims the clientId: a concurrent duplicate fails on the unique index
      // and replays), then lock the tab and check the due, which now includes this payment.
      const t = await tx.transaction.create({
        data: {
          merchantId,
          type: "PAYMENT",
          shiftId: await openShiftId(tx, merchantId),
          method: input.method,
          amountPaise: input.amountPaise,
          customerId: customer.id,
          clientId: input.clientId,
          note: input.note || null,
          createdById: actorUserId,
        },
      });
      await lockCustomer(tx, merchantId, customer.id);
      const after = await balanceOf(tx, merchantId, customer.id);
      const due = after + t.amountPaise;
      if (due <= 0)
        throw new DomainError(
          "invalid_input",
          "Nothing is due from this customer",
          { amountPaise: "payment_nothing_due" },
          { duePaise: due },
        );
      if (after < 0) {
        throw new DomainError(
          "invalid_input",
          `That is more than the due of ${formatPaise(due)}`,
          { amountPaise: "payment_more_than_due" },
          { duePaise: due },
        );
      }
      await writeAudit(tx, {
        actorId: actorUserId,
        actorRole: "MERCHANT",
        merchantId,
        action: "payment.record",
        entity: "Transaction",
        entityId: t.id,
        before: { duePaise: due },
        after: { customerId: customer.id, amountPaise: t.amountPaise, method: t.method, duePaise: after },
      });
      return { ...toEntry(t), duePaise: after };
    },
  });
}

/**
 * Reverse a SALE or CREDIT_SALE with a VOID row (same amount, method, customer/guest) and
 * put its items back on the shelf. At most one void per sale (unique voidsId).
 * realtime: published by the caller.
 */
export async function voidSale(merchantId: string, actorUserId: string, raw: VoidInputRaw): Promise<LedgerEntry> {
  const input = parseOrThrow(voidInput, raw);
  const alreadyVoided = () => new DomainError("conflict", "This sale is already voided");
  return once({
    find: byClientId(merchantId, input.clientId),
    replay: async (t) => {
      if (t.type !== "VOID" || t.voidsId !== input.saleId) throw clientIdReused();
      return toEntry(t);
    },
    write: async (tx) => {
      // Sale rows never change, so a plain read is enough; the unique voidsId settles races.
      const sale = await tx.transaction.findFirst({
        where: { id: input.saleId, merchantId },
        include: {
          items: { select: { productId: true, quantityMilli: true } },
          voidedBy: true,
          returns: { select: { id: true }, take: 1 },
        },
      });
      if (!sale) throw new DomainError("not_found", "Sale not found");
      if (sale.type !== "SALE" && sale.type !== "CREDIT_SALE")
        throw new DomainError("invalid_transition", "Only a sale can be voided");
      if (sale.voidedBy) {
        if (sale.voidedBy.clientId === input.clientId) return { ...toEntry(sale.voidedBy), replayed: true };
        throw alreadyVoided();
      }
      // Only on the sale's own business day in the shop's zone; later it is a return (credit note).
      const shop = await tx.merchant.findUniqueOrThrow({ where: { id: merchantId }, select: { timeZone: true } });
      if (!voidableNow(sale.occurredAt, new Date(), shop.timeZone))
        throw new DomainError(
          "void_only_same_day",
          "A sale can be voided only on the day it was made; record a return instead",
          { saleId: "void_only_same_day" },
        );
      // Goods already came back on a credit note: a void would return them twice.
      if (sale.returns.length)
        throw new DomainError("invalid_transition", "This sale has returns: return the rest instead of voiding");
      const v = await tx.transaction.create({
        data: {
          merchantId,
          type: "VOID",
          shiftId: await openShiftId(tx, merchantId),
          method: sale.method,
          amountPaise: sale.amountPaise,
          customerId: sale.customerId,
          guestId: sale.guestId,
          clientId: input.clientId,
          voidsId: sale.id,
          note: input.reason,
          createdById: actorUserId,
        },
      });
      // The bill keeps its number, reported as cancelled (GSTR-1 document summary).
      await tx.bill.updateMany({ where: { transactionId: sale.id, merchantId }, data: { cancelledAt: v.createdAt } });
      await returnStock(
        tx,
        { merchantId, reason: "VOID", refId: v.id, actorId: actorUserId },
        sale.items.flatMap((i) => (i.productId ? [{ productId: i.productId, quantityMilli: i.quantityMilli }] : [])),
      );
      // Lock order everywhere: ledger row, products, then the customer's tab.
      if (sale.customerId) await lockCustomer(tx, merchantId, sale.customerId);
      await writeAudit(tx, {
        actorId: actorUserId,
        actorRole: "MERCHANT",
        merchantId,
        action: "sale.void",
        entity: "Transaction",
        entityId: sale.id,
        before: {
          type: sale.type,
          method: sale.method,
          amountPaise: sale.amountPaise,
          customerId: sale.customerId,
          voided: false,
        },
        after: { voided: true, voidId: v.id, reason: input.reason },
      });
      return toEntry(v);
    },
    // A unique violation not on our clientId is on voidsId: someone else voided it first.
    onUnique: async () => {
      throw alreadyVoided();
    },
  });
}

/** Set (or with null, remove) a customer's credit limit. A limit below the current due only stops new credit. */
export async function setCreditLimit(
  merchantId: string,
  actorUserId: string,
  customerId: string,
  limitPaise: number | null,
): Promise<{ customerId: string; creditLimitPaise: number | null }> {
  const input = parseOrThrow(creditLimitInput, { customerId: parseOrThrow(entityId, customerId), limitPaise });
  return db.$transaction(async (tx) => {
    const before = await lockCustomer(tx, merchantId, input.customerId);
    const c = await tx.customer.update({
      where: { id: before.id },
      data: { creditLimitPaise: input.limitPaise },
      select: { id: true, creditLimitPaise: true },
    });
    await writeAudit(tx, {
      actorId: actorUserId,
      actorRole: "MERCHANT",
      merchantId,
      action: "customer.credit_limit",
      entity: "Customer",
      entityId: c.id,
      before: { creditLimitPaise: before.creditLimitPaise },
      after: { creditLimitPaise: c.creditLimitPaise },
    });
    return { customerId: c.id, creditLimitPaise: c.creditLimitPaise };
  });
}
