// Sales to review: offline sales the server applied although stock had run short
// (stockException) or a pay-later sale went over the customer's credit limit (overLimit).
// Voided ones are dealt with and drop off.
import type { PaymentMethod } from "@/lib/generated/prisma/enums";
import "server-only";
import { db } from "@/lib/db";

export type ReviewSale = {
  id: string;
  amountPaise: number;
  method: PaymentMethod;
  occurredAt: Date;
  customerName: string | null;
  stockException: boolean;
  overLimit: boolean;
};

export async function getSalesNeedingReview(merchantId: string, take = 20): Promise<ReviewSale[]> {
  const rows = await db.transaction.findMany({
    where: {
      merchantId,
      type: { in: ["SALE", "CREDIT_SALE"] },
      voidedBy: null,
      OR: [{ stockException: true }, { overLimit: true }],
    },
    select: {
      id: true,
      amountPaise: true,
      method: true,
      occurredAt: true,
      stockException: true,
      overLimit: true,
      customer: { select: { name: true } },
    },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((r) => ({
    id: r.id,
    amountPaise: r.amountPaise,
    method: r.method as ReviewSale["method"],
    occurredAt: r.occurredAt,
    customerName: r.customer?.name ?? null,
    stockException: r.stockException,
    overLimit: r.overLimit,
  }));
}
