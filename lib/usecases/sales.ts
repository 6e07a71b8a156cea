// The counter sale: a thin use case over lib/domain/sales' recordSale (the rule itself is
// being reworked on its own branch); announced once after the response, replays never.
import "server-only";
import { recordSale as recordSaleRule } from "@/lib/domain/sales";
import { announceSale } from "@/lib/realtime/sale-events";
import type { SaleInputRaw } from "@/lib/validation/sale";
import { afterResponse, outcome, type MerchantActor } from "./core";
import { REFRESH } from "./refresh";

export async function recordSale(actor: MerchantActor, input: SaleInputRaw) {
  const sale = await recordSaleRule(actor.merchantId, actor.userId, input);
  await afterResponse("sale.created", () => announceSale(actor.merchantId, sale));
  // Stock and dues changed: the history, the home, the counter's snapshot and the tabs.
  return outcome(
    sale,
    [{ path: "/merchant/sales" }],
    REFRESH.home,
    [{ path: "/merchant/pos" }],
    [{ path: "/merchant/customers" }],
  );
}
