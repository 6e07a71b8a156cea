// The counter's snapshot (products, recent customers, the shop's counter settings) as JSON,
// fetched by the screen after its keypad works (components/pos/use-pos-data.ts) instead of
// being inlined in the page's HTML: 5,000 products made the page ~900 KB and held the keypad
// back until all of it had arrived. Products travel as columns (lib/pos/pos-wire.ts). A route
// handler re-checks the caller itself (the layout guard does not run for it).
import { can } from "@/lib/auth/permissions";
import { merchantForRoute } from "@/lib/auth/session";
import { toWire } from "@/lib/pos/pos-wire";
import { getPosData } from "@/lib/queries/pos";

export const dynamic = "force-dynamic";

// Prices, stock and dues of one shop: never in a shared cache, never kept by the browser's
// HTTP cache (the device's offline copy lives in IndexedDB, per shop).
const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" };

export async function GET() {
  const caller = await merchantForRoute();
  if ("refused" in caller) return new Response(null, { status: caller.refused, headers: PRIVATE });
  const { merchant } = caller;
  const data = await getPosData(merchant.id);
  const permits = {
    canAllowOverLimit: can(merchant, "allow_over_credit_limit"),
    canDiscount: can(merchant, "discount_over_limit"),
  };
  return Response.json(toWire({ ...data, ...permits }), { headers: PRIVATE });
}
