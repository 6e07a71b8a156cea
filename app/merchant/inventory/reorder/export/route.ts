// GET /merchant/inventory/reorder/export: the reorder list (low and out of stock) as CSV for
// the supplier. Re-checks the merchant itself; the proxy only redirects.
import { merchantForRoute } from "@/lib/auth/session";
import { reorderCsv } from "@/lib/domain/inventory";
import { csvDownload, datedCsvName, refusedDownload } from "@/lib/http/csv-download";

export const dynamic = "force-dynamic";

export async function GET() {
  const caller = await merchantForRoute("analytics_exports");
  if ("refused" in caller) return refusedDownload(caller.refused);
  const { merchant } = caller;
  return csvDownload(await reorderCsv(merchant.id), datedCsvName("reorder-list", merchant.timeZone));
}
