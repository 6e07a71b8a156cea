// The sales history's CSV for the same filter as the screen. A route handler re-checks the
// merchant itself (the layout guard does not run for it) and only ever reads that shop.
import { requireMerchant } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { getSalesCsv, salesViewFrom } from "@/lib/queries/sales";
import { zonedDate } from "@/lib/time";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  let merchant: { id: string; timeZone: string };
  try {
    ({ merchant } = await requireMerchant());
  } catch (err) {
    if (err instanceof DomainError) return new Response(null, { status: err.code === "unauthorized" ? 401 : 403 });
    throw err;
  }
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { view } = salesViewFrom(params);
  try {
    const csv = await getSalesCsv(merchant.id, view, merchant.timeZone);
    const name = `sales-${view.from ?? "all"}-to-${view.to ?? zonedDate(new Date(), merchant.timeZone)}.csv`;
    // The BOM makes Excel read UTF-8 (Hindi names, ₹) correctly.
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (err) {
    if (err instanceof DomainError && err.code === "invalid_input") return new Response(err.message, { status: 400 });
    console.error("[sales export] failed", { merchantId: merchant.id }, err);
    return new Response("Export failed", { status: 500 });
  }
}
