// The sales history's CSV for the same filter as the screen. A route handler re-checks the
// merchant itself (the layout guard does not run for it) and only ever reads that shop.
import { merchantForRoute } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { csvDownload, refusedDownload } from "@/lib/http/csv-download";
import { getSalesCsv, salesViewFrom } from "@/lib/queries/sales";
import { zonedDate } from "@/lib/time";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const caller = await merchantForRoute("analytics_exports");
  if ("refused" in caller) return refusedDownload(caller.refused);
  const { merchant } = caller;
  const { view } = salesViewFrom(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const csv = await getSalesCsv(merchant.id, view, merchant.timeZone);
    return csvDownload(
      csv,
      `sales-${view.from ?? "all"}-to-${view.to ?? zonedDate(new Date(), merchant.timeZone)}.csv`,
    );
  } catch (err) {
    // A filter the rules refuse: a bare 400 (the rule's own wording stays in the logs' world).
    if (err instanceof DomainError && err.code === "invalid_input") return refusedDownload(400);
    console.error("[sales export] failed", { merchantId: merchant.id }, err);
    return new Response("Export failed", { status: 500, headers: { "Cache-Control": "no-store" } });
  }
}
