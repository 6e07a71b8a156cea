// "I have paid" by UPI: the customer's word opens a PENDING claim and moves no money. Only
// the shop confirming receipt records the PAYMENT (through recordPayment, the one payment
// rule), exactly once; rejecting closes the claim with the shop's note.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { ClaimStatus } from "@/lib/generated/prisma/client";
import { parseOrThrow } from "@/lib/validation/common";
import { claimIdInput, paymentClaimInput, rejectClaimInput, type PaymentClaimInput } from "@/lib/validation/customer";
import { writeAudit } from "./audit";
import { balanceOf, lockCustomer } from "./balance";
import { DomainError } from "./errors";
import { recordPayment, type PaymentResult } from "./ledger";

export type PaymentClaimDto = {
  id: string;
  merchantId: string;
  customerId: string;
  /** The customer user who made the claim (their phone hears the answer). */
  userId: string;
  amountPaise: number;
  status: ClaimStatus;
  transactionId: string | null;
  note: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  replayed?: boolean;
};

const claimSelect = {
  id: true,
  merchantId: true,
  customerId: true,
  userId: true,
  amountPaise: true,
  status: true,
  transactionId: true,
  note: true,
  createdAt: true,
  resolvedAt: true,
} as const;

/**
 * The payment's client id: a UUID derived from "claim:<claimId>", so however often a confirm
 * is retried or raced, the ledger's unique (merchantId, clientId) lets one PAYMENT exist.
 * (Payment client ids must be UUIDs; the name-based form keeps the claim id recoverable by hashing.)
 */
export function claimClientId(claimId: string): string {
  const h = crypto.createHash("sha256").update(`claim:${claimId}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50; // version 5 (name-based)
  h[8] = (h[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** A customer says they paid this much at this shop. Never more than the due not already claimed. */
export async function createPaymentClaim(userId: string, raw: PaymentClaimInput): Promise<PaymentClaimDto> {
  const input = parseOrThrow(paymentClaimInput, raw);
  return db.$transaction(async (tx) => {
    const tab = await tx.customer.findFirst({
      where: { id: input.customerId, userId },
      select: { id: true, merchantId: true },
    });
    if (!tab) throw new DomainError("not_found", "Tab not found");
    // The tab's lock: two claims at once cannot both fit under the same due.
    await lockCustomer(tx, tab.merchantId, tab.id);
    const due = await balanceOf(tx, tab.merchantId, tab.id);
    const pending = await tx.paymentClaim.aggregate({
      where: { customerId: tab.id, status: "PENDING" },
      _sum: { amountPaise: true },
    });
    const payable = due - (pending._sum.amountPaise ?? 0);
    if (payable <= 0)
      throw new DomainError(
        "invalid_input",
        "Nothing is left to pay at this shop",
        { amountPaise: "claim_nothing_due" },
        { payablePaise: Math.max(payable, 0) },
      );
    if (input.amountPaise > payable)
      throw new DomainError(
        "invalid_input",
        "That is more than you owe",
        { amountPaise: "claim_more_than_due" },
        { payablePaise: payable },
      );
    const claim = await tx.paymentClaim.create({
      data: {
        merchantId: tab.merchantId,
        customerId: tab.id,
        userId,
        amountPaise: input.amountPaise,
        note: input.note ?? null,
      },
      select: claimSelect,
    });
    await writeAudit(tx, {
      actorId: userId,
      actorRole: "CUSTOMER",
      merchantId: tab.merchantId,
      action: "claim.create",
      entity: "PaymentClaim",
      entityId: claim.id,
      after: { customerId: tab.id, amountPaise: claim.amountPaise, duePaise: due, note: claim.note },
    });
    return claim;
  });
}

type LockedClaim = { id: string; customerId: string; userId: string; amountPaise: number; status: ClaimStatus };

export type ConfirmedClaim = PaymentClaimDto & { payment: PaymentResult };

/**
 * The shop saw the money arrive: record the PAYMENT and mark the claim CONFIRMED. The claim
 * row stays locked while the payment is recorded, so a reject (or a second confirm) waits and
 * then sees the outcome. Another shop's claim id is not_found.
 */
export async function confirmPaymentClaim(
  merchantId: string,
  actorUserId: string,
  claimId: string,
): Promise<ConfirmedClaim> {
  const { claimId: id } = parseOrThrow(claimIdInput, { claimId });
  return db.$transaction(
    async (tx) => {
      const [c] = await tx.$queryRaw<LockedClaim[]>`
        SELECT "id", "customerId", "userId", "amountPaise", "status" FROM "PaymentClaim"
         WHERE "id" = ${id} AND "merchantId" = ${merchantId} FOR UPDATE`;
      if (!c) throw new DomainError("not_found", "Payment claim not found");
      if (c.status === "REJECTED") throw new DomainError("invalid_transition", "This claim was rejected");
      // Confirmed before: recordPayment replays the same row (same client id); nothing new is written.
      const payment = await recordPayment(merchantId, actorUserId, {
        customerId: c.customerId,
        amountPaise: c.amountPaise,
        method: "UPI",
        clientId: claimClientId(c.id),
        note: "UPI, claimed by the customer",
      });
      if (c.status === "CONFIRMED") {
        const claim = await tx.paymentClaim.findUniqueOrThrow({ where: { id: c.id }, select: claimSelect });
        return { ...claim, payment, replayed: true };
      }
      const claim = await tx.paymentClaim.update({
        where: { id: c.id },
        data: { status: "CONFIRMED", transactionId: payment.id, resolvedAt: new Date() },
        select: claimSelect,
      });
      await writeAudit(tx, {
        actorId: actorUserId,
        actorRole: "MERCHANT",
        merchantId,
        action: "claim.confirm",
        entity: "PaymentClaim",
        entityId: c.id,
        before: { status: "PENDING" },
        after: { status: "CONFIRMED", transactionId: payment.id, amountPaise: c.amountPaise },
      });
      return { ...claim, payment };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}

/** The money never came: close the claim with a note for the customer. Nothing touches the ledger. */
export async function rejectPaymentClaim(
  merchantId: string,
  actorUserId: string,
  raw: { claimId: string; note: string },
): Promise<PaymentClaimDto> {
  const input = parseOrThrow(rejectClaimInput, raw);
  return db.$transaction(async (tx) => {
    const [c] = await tx.$queryRaw<LockedClaim[]>`
      SELECT "id", "customerId", "userId", "amountPaise", "status" FROM "PaymentClaim"
       WHERE "id" = ${input.claimId} AND "merchantId" = ${merchantId} FOR UPDATE`;
    if (!c) throw new DomainError("not_found", "Payment claim not found");
    if (c.status === "REJECTED")
      return {
        ...(await tx.paymentClaim.findUniqueOrThrow({ where: { id: c.id }, select: claimSelect })),
        replayed: true,
      };
    if (c.status === "CONFIRMED") throw new DomainError("invalid_transition", "This claim is already confirmed");
    // A confirm that recorded the payment but died before marking the claim: it is paid, not rejectable.
    const paid = await tx.transaction.findUnique({
      where: { merchantId_clientId: { merchantId, clientId: claimClientId(c.id) } },
      select: { id: true },
    });
    if (paid) throw new DomainError("invalid_transition", "The payment for this claim is already recorded: confirm it");
    // The shop's note replaces the customer's (one column); the audit row keeps the customer's.
    const before = await tx.paymentClaim.findUniqueOrThrow({ where: { id: c.id }, select: { note: true } });
    const claim = await tx.paymentClaim.update({
      where: { id: c.id },
      data: { status: "REJECTED", note: input.note, resolvedAt: new Date() },
      select: claimSelect,
    });
    await writeAudit(tx, {
      actorId: actorUserId,
      actorRole: "MERCHANT",
      merchantId,
      action: "claim.reject",
      entity: "PaymentClaim",
      entityId: c.id,
      before: { status: "PENDING", note: before.note },
      after: { status: "REJECTED", note: input.note },
    });
    return claim;
  });
}

/** Claims on this tab that wait for the shop's answer, oldest first (the counter works in order). */
export async function pendingClaimsForTab(merchantId: string, customerId: string): Promise<PaymentClaimDto[]> {
  return db.paymentClaim.findMany({
    where: { merchantId, customerId, status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: claimSelect,
  });
}
