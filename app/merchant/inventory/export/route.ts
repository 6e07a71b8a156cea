// GET /merchant/inventory/export: every active product as CSV, in the columns the import
// reads (export, edit in a spreadsheet, import again). Re-checks the merchant itself.
import { requireMerchant } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { productsCsv } from "@/lib/domain/inventory";
import { csvResponse, deny } from "../csv-response";

export const dynamic = "force-dynamic";

export async function GET() {
  let merchantId: string;
  try {
    merchantId = (await requireMerchant()).merchant.id;
  } catch (err) {
    if (err instanceof DomainError) return deny(err);
    throw err;
  }
  return csvResponse(await productsCsv(merchantId), "products");
}
