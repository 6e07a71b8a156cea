"use server";
// The counter's actions: thin defineAction adapters over the sale use case (lib/usecases/sales),
// which POST /api/v1/sales calls too. Expected failures come back in the one failure shape.
import { z } from "zod";
import { getShopHeader } from "@/lib/domain/sales";
import type { PosCustomer } from "@/lib/pos/pos-data";
import type { SaleActionResult, SalePayload, SyncResult } from "@/lib/pos/sale-payload";
import { searchCustomers } from "@/lib/domain/customers";
import { defineAction } from "@/lib/usecases/action";
import { outcome } from "@/lib/usecases/core";
import { recordSale } from "@/lib/usecases/sales";
import { saleInput } from "@/lib/validation/sale";

const liveSale = defineAction(
  { name: "counter sale", actor: "merchant", input: saleInput },
  async (input, actor) => {
    const sale = await recordSale(actor, input);
    // recordSale's receipt is the sale as stored (lib/domain/sales.test.ts): only the header is read.
    return { ...sale, value: { ...sale.value, shop: await getShopHeader(actor.merchantId) } };
  },
  (receipt) => ({ receipt }),
);

/** Record one counter sale. A repeat of the same clientId returns the first sale's receipt. */
export async function recordSaleAction(payload: SalePayload): Promise<SaleActionResult> {
  // A live sale happens now and obeys stock and credit limits: the offline flag and a device
  // time are the sync path's alone (syncQueuedSaleAction), whatever a caller sends here.
  return liveSale({ ...payload, offline: false, occurredAt: undefined });
}

// A queued sale says when it happened (the device's clock, inside the queue's window that
// saleInput checks: MAX_OFFLINE_AGE_MS); without a time it is not from the queue.
const queuedSaleInput = saleInput.superRefine((s, ctx) => {
  if (s.offline && !s.occurredAt) ctx.addIssue({ code: "custom", path: ["occurredAt"], message: "required" });
});

/**
 * Send one sale from the offline queue. Unlike recordSaleAction it neither re-renders the
 * counter (a revalidated page comes back with every answer: 100 queued sales were 100 full
 * POS renders) nor re-reads the receipt, which the device already showed; the queue's owner
 * refreshes the screen once when the flush is done.
 */
const queuedSale = defineAction(
  { name: "queued counter sale", actor: "merchant", input: queuedSaleInput, refresh: false },
  (input, actor) => recordSale(actor, input),
  (sale) => ({ id: sale.id, replayed: sale.replayed === true }),
);
export async function syncQueuedSaleAction(payload: SalePayload): Promise<SyncResult> {
  return queuedSale(payload);
}

const customerSearch = defineAction(
  { name: "counter customer search", actor: "merchant", input: z.string().max(80) },
  async (q, actor) => outcome(await searchCustomers(actor.merchantId, q, 8)),
  (customers) => ({ customers }),
);

/** The picker's server search, used when the shop has more customers than the POS snapshot holds. */
export async function searchCustomersAction(q: string): Promise<PosCustomer[]> {
  const r = await customerSearch(q);
  return r.ok ? r.customers : []; // signed out or a bad query: the local list is all there is
}
