// GET /merchant/inventory/export: every active product as CSV, in the columns the import
// reads (export, edit in a spreadsheet, import again). Re-checks the merchant itself.
import { merchantForRoute } from "@/lib/auth/session";
import { productsCsv } from "@/lib/domain/inventory";
import { csvDownload, datedCsvName, refusedDownload } from "@/lib/http/csv-download";

export const dynamic = "force-dynamic";

export async function GET() {
  const caller = await merchantForRoute("analytics_exports");
  if ("refused" in caller) return refusedDownload(caller.refused);
  const { merchant } = caller;
  return csvDownload(await productsCsv(merchant.id), datedCsvName("products", merchant.timeZone));
}
