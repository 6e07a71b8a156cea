// The CSV downloads' shared response: UTF-8 with a BOM (so Excel shows ₹ and Hindi names),
// a dated file name, never cached (it is the shop's own data).
import type { DomainError } from "@/lib/domain/errors";

export function csvResponse(csv: string, name: string): Response {
  const date = new Date().toISOString().slice(0, 10);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}-${date}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** Not signed in (401) or not a merchant (403): no body worth reading. */
export function deny(err: DomainError): Response {
  return new Response(null, { status: err.code === "unauthorized" ? 401 : 403, headers: { "Cache-Control": "no-store" } });
}
