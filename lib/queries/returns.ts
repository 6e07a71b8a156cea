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
      items: { select: { productId: true, quantity: true } },
      bill: { select: { number: true } },
    },
  });
  const returned: Record<string, number> = {};
  for (const r of returns)
    for (const i of r.items) if (i.productId) returned[i.productId] = (returned[i.productId] ?? 0) + i.quantity;
  return {
    returned,
    notes: returns.map((r) => ({ id: r.id, amountPaise: r.amountPaise, number: r.bill?.number ?? null })),
  };
}
