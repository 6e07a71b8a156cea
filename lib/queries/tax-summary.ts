// The analytics page's GST card: a month's GSTR-1 totals (net of credit notes) and its
// document counts, for this shop only.
import "server-only";
import { db } from "@/lib/db";
import { gstr1, monthRange } from "@/lib/domain/gstr1";

export type TaxSummary = {
  month: string;
  gstStatus: "UNREGISTERED" | "COMPOSITION" | "REGULAR";
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  bills: number;
  cancelled: number;
  creditNotes: number;
};

export async function getTaxSummary(merchantId: string, month: string): Promise<TaxSummary> {
  const shop = await db.merchant.findUniqueOrThrow({
    where: { id: merchantId },
    select: { gstStatus: true, timeZone: true },
  });
  const r = await gstr1(merchantId, month);
  const { from, to } = monthRange(month, shop.timeZone);
  const counts = await db.bill.groupBy({
    by: ["kind"],
    where: { merchantId, issuedAt: { gte: from, lt: to } },
    _count: { _all: true },
  });
  const n = (pred: (k: string) => boolean) => counts.filter((c) => pred(c.kind)).reduce((s, c) => s + c._count._all, 0);
  return {
    month,
    gstStatus: shop.gstStatus,
    ...r.totals,
    bills: n((k) => k !== "CREDIT_NOTE"),
    cancelled: r.docs.reduce((s, d) => s + d.cancelled, 0),
    creditNotes: n((k) => k === "CREDIT_NOTE"),
  };
}
