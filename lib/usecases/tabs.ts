// Credit tabs (khata): open a tab, take a payment, void a sale, set a credit limit.
import "server-only";
import { addCustomer as addCustomerRule } from "@/lib/domain/customers";
import {
  recordPayment as recordPaymentRule,
  setCreditLimit as setLimitRule,
  voidSale as voidSaleRule,
} from "@/lib/domain/ledger";
import type { PaymentInputRaw, VoidInputRaw } from "@/lib/validation/sale";
import { outcome, type MerchantActor } from "./core";
import { announce } from "./events";
import { REFRESH } from "./refresh";

/** Open a tab for a new person (one tab per phone at a shop). */
export async function addCustomer(actor: MerchantActor, input: unknown) {
  const c = await addCustomerRule(actor.merchantId, actor.userId, input);
  await announce.customerUpdated(actor.merchantId, c.id);
  return outcome(c, [{ path: "/merchant/customers" }]);
}

/** Money received against a tab; the clientId makes a double submit harmless. */
export async function recordPayment(actor: MerchantActor, input: PaymentInputRaw) {
  const p = await recordPaymentRule(actor.merchantId, actor.userId, input);
  if (!p.replayed) await announce.paymentRecorded(actor.merchantId, p);
  return outcome(p, REFRESH.dues);
}

/** Reverse a sale with a VOID row (never an edit); its items go back on the shelf. */
export async function voidSale(actor: MerchantActor, input: VoidInputRaw) {
  const v = await voidSaleRule(actor.merchantId, actor.userId, input);
  if (!v.replayed) await announce.saleVoided(actor.merchantId, v.voidsId ?? input.saleId, v);
  // The history, its receipts, the customer's tab and the dashboard all show it.
  return outcome(v, REFRESH.sales, REFRESH.tabs, REFRESH.home);
}

/** Set (or with null, remove) a customer's credit limit. */
export async function setCreditLimit(actor: MerchantActor, customerId: string, limitPaise: number | null) {
  const r = await setLimitRule(actor.merchantId, actor.userId, customerId, limitPaise);
  await announce.customerUpdated(actor.merchantId, r.customerId, { creditLimitPaise: r.creditLimitPaise });
  return outcome(r, REFRESH.tabs);
}
