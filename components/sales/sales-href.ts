import { withParams } from "@/lib/list-url";
import type { SalesView } from "@/lib/queries/sales";

/** The history (or its CSV) for a filter, with some of it changed; every other filter kept. */
export function salesHref(view: SalesView, patch: Partial<SalesView> = {}, path = "/merchant/sales"): string {
  const v = { ...view, ...patch };
  return withParams(path, {
    from: v.from,
    to: v.to,
    method: v.method,
    type: v.type,
    customerId: v.customerId,
    by: v.createdById,
    q: v.q,
    page: path.endsWith("/export") ? undefined : v.page,
  });
}
