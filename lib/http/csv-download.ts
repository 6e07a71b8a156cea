// The CSV downloads' one response shape: UTF-8 with a BOM (so Excel shows ₹ and Hindi names),
// never cached (it is the shop's own data), never sniffed as anything but CSV. The cells
// themselves are formula-guarded by toCsv (lib/domain/csv.ts).
import { zonedDate } from "@/lib/time";

export function csvDownload(csv: string, fileName: string): Response {
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** "products" -> "products-2026-11-22.csv": today as the shop's calendar reads it, not UTC's. */
export function datedCsvName(name: string, timeZone: string, now = new Date()): string {
  return `${name}-${zonedDate(now, timeZone)}.csv`;
}

/** A download that cannot be served (401 signed out, 403 not a shop, 400 a bad filter): no body worth reading. */
export function refusedDownload(status: number): Response {
  return new Response(null, { status, headers: { "Cache-Control": "no-store" } });
}
