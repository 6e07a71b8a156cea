// The counter sale: a thin use case over lib/domain/sales' recordSale. Its live event
// (sale.created) is sent by the sale's own write, inside its transaction (NOTIFY at commit):
// a replay announces nothing, and a sale is never announced before its row is visible.
import "server-only";
import { recordReturn as recordReturnRule } from "@/lib/domain/returns";
import { recordSale as recordSaleRule } from "@/lib/domain/sales";
import type { ReturnInputRaw } from "@/lib/validation/return";
import type { SaleInputRaw } from "@/lib/validation/sale";
import { outcome, type MerchantActor } from "./core";
import { REFRESH } from "./refresh";

export async function recordSale(actor: MerchantActor, input: SaleInputRaw) {
  const sale = await recordSaleRule(actor.merchantId, actor.userId, input);
  // Stock and dues changed: the history, the home, the counter's snapshot and the tabs.
  return outcome(
    sale,
    [{ path: "/merchant/sales" }],
    REFRESH.home,
    [{ path: "/merchant/pos" }],
    [{ path: "/merchant/customers" }],
  );
}

/** Goods back against a sale: a credit note, stock back, money back or onto the tab. */
export async function returnItems(actor: MerchantActor, saleId: string, input: ReturnInputRaw) {
  const r = await recordReturnRule(actor.merchantId, actor.userId, saleId, input);
  // The history and its receipts, the customer's tab and the dashboard all show it.
  return outcome(r, REFRESH.sales, REFRESH.tabs, REFRESH.home);
}
