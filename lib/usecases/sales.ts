// The counter sale: a thin use case over lib/domain/sales' recordSale. Its live event
// (sale.created) is sent by the sale's own write, inside its transaction (NOTIFY at commit):
// a replay announces nothing, and a sale is never announced before its row is visible.
import "server-only";
import { can } from "@/lib/auth/permissions";
import { shopMembershipOf } from "@/lib/auth/shop-actor";
import { DomainError } from "@/lib/domain/errors";
import { recordReturn as recordReturnRule } from "@/lib/domain/returns";
import { recordSale as recordSaleRule } from "@/lib/domain/sales";
import type { ReturnInputRaw } from "@/lib/validation/return";
import type { SaleInputRaw } from "@/lib/validation/sale";
import { outcome, type MerchantActor } from "./core";
import { REFRESH } from "./refresh";

export async function recordSale(actor: MerchantActor, input: SaleInputRaw) {
  await authorizeBillTerms(actor, input);
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

/** A positive percent or amount; anything else is no discount (or is refused by the sale's schema). */
const isDiscount = (d: unknown) =>
  !!d && typeof d === "object" && Object.values(d).some((v) => typeof v === "number" && v > 0);

/**
 * A discount on the bill or a line gives money away, and a buyer's GSTIN on a tax invoice lets
 * them claim the tax back: both only for a person with discount_over_limit (owner, manager).
 * The counter hides both from anyone else; this is the server's refusal, also for a queued
 * offline sale. No limit below which a cashier may discount exists yet: any discount counts.
 */
async function authorizeBillTerms(actor: MerchantActor, input: SaleInputRaw) {
  const discount = [input.discount, ...(input.items ?? []).map((i) => i.discount)].some(isDiscount);
  if (!discount && !input.buyer) return;
  const member = await shopMembershipOf(actor.userId);
  if (member && member.merchantId === actor.merchantId && can(member, "discount_over_limit")) return;
  throw new DomainError(
    "forbidden",
    "Only the owner or a manager may give a discount or name a buyer on the bill",
    discount ? { discount: "discount_not_allowed" } : { buyer: "buyer_not_allowed" },
  );
}
