// GET /merchant/inventory/reorder/export: the reorder list (low and out of stock) as CSV for
// the supplier. Re-checks the merchant itself; the proxy only redirects.
import { requireMerchant } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { reorderCsv } from "@/lib/domain/inventory";
import { csvResponse, deny } from "../../csv-response";

export const dynamic = "force-dynamic";

export async function GET() {
  let merchantId: string;
  try {
    merchantId = (await requireMerchant()).merchant.id;
  } catch (err) {
    if (err instanceof DomainError) return deny(err);
    throw err;
  }
  return csvResponse(await reorderCsv(merchantId), "reorder-list");
}
