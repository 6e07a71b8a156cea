// What has come back of a sale already, and its credit notes: for the receipt page's return form.
import "server-only";
import { db } from "@/lib/db";

export async function saleReturns(merchantId: string, saleId: string) {
  const returns = await db.transaction.findMany({
    where: { merchantId, returnOfId: saleId, type: "RETURN" },
    orderBy: { occurredAt: "asc" },
    select: {
      id: true,
      amountPaise: true,
      items: { select: { productId: true, quantityMilli: true } },
      bill: { select: { number: true } },
    },
  });
  // Summed exactly in milli-units, then given as the decimal quantity the receipt lines carry.
  const milli: Record<string, number> = {};
  for (const r of returns)
    for (const i of r.items) if (i.productId) milli[i.productId] = (milli[i.productId] ?? 0) + i.quantityMilli;
  const returned = Object.fromEntries(Object.entries(milli).map(([id, m]) => [id, m / 1000]));
  return {
    returned,
    notes: returns.map((r) => ({ id: r.id, amountPaise: r.amountPaise, number: r.bill?.number ?? null })),
  };
}
