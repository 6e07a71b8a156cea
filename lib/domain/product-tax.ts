// A product's GST fields as stored: the rate as hundredths of a percent, and only a rate from
// the shop's own list (rates are data the shop extends in Settings, INDIA-BILLING.md).
import type { Tx } from "@/lib/db";
import { percentToBp } from "./gst-tax";
import { DomainError } from "./errors";

type TaxFields = { hsn?: string | null; gstRate?: number | null; mrpPaise?: number | null };

/** The Prisma data for the fields present (absent = unchanged, null = cleared). */
export async function productTaxData(tx: Tx, merchantId: string, f: TaxFields) {
  const out: { hsn?: string | null; gstRateBp?: number | null; mrpPaise?: number | null } = {};
  if (f.hsn !== undefined) out.hsn = f.hsn;
  if (f.mrpPaise !== undefined) out.mrpPaise = f.mrpPaise;
  if (f.gstRate !== undefined) {
    out.gstRateBp = f.gstRate === null ? null : percentToBp(f.gstRate);
    if (out.gstRateBp !== null) await assertShopRate(tx, merchantId, out.gstRateBp);
  }
  return out;
}

async function assertShopRate(tx: Tx, merchantId: string, rateBp: number): Promise<void> {
  const shop = await tx.merchant.findUniqueOrThrow({ where: { id: merchantId }, select: { gstRatesBp: true } });
  if (!shop.gstRatesBp.includes(rateBp))
    throw new DomainError("invalid_input", "This GST rate is not in the shop's list", { gstRate: "gst_rate_unknown" });
}
