// GET /merchant/reports/sales-register?month=YYYY-MM: the month's sales register as CSV for the accountant.
// A route handler re-checks the merchant itself and only ever reads that shop.
import { merchantForRoute } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { salesRegisterCsv } from "@/lib/domain/gstr1-csv";
import { csvDownload, refusedDownload } from "@/lib/http/csv-download";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const caller = await merchantForRoute();
  if ("refused" in caller) return refusedDownload(caller.refused);
  const month = new URL(request.url).searchParams.get("month") ?? "";
  try {
    const csv = await salesRegisterCsv(caller.merchant.id, month);
    return csvDownload(csv, `sales-register-${month}.csv`);
  } catch (err) {
    if (err instanceof DomainError && err.code === "invalid_input") return refusedDownload(400);
    throw err;
  }
}
