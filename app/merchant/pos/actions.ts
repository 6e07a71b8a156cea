"use server";
// The counter's writes: parse -> guard -> domain rule (one transaction) -> live event ->
// revalidate. Expected failures come back as typed results; anything else is logged and thrown.
import { z } from "zod";
import { toFailure } from "@/lib/action-result";
import { requireMerchant } from "@/lib/auth/session";
import { searchCustomers } from "@/lib/domain/customers";
import { DomainError } from "@/lib/domain/errors";
import { getShopHeader, type SaleReceipt } from "@/lib/domain/sales";
import type { PosCustomer } from "@/lib/pos/pos-data";
import type { SaleActionResult, SaleFailure, SalePayload, SyncResult } from "@/lib/pos/sale-payload";
import { applyRefresh } from "@/lib/usecases/action";
import type { Refresh } from "@/lib/usecases/core";
import { recordSale } from "@/lib/usecases/sales";
import { fieldErrors } from "@/lib/validation/fields";
import { saleInput } from "@/lib/validation/sale";

/** Parse, guard, record and announce: what every way of sending a counter sale does. */
async function recordAndAnnounce(
  payload: SalePayload,
): Promise<{ failure: SaleFailure } | { sale: SaleReceipt; merchantId: string; refresh: readonly Refresh[] }> {
  const parsed = saleInput.safeParse(payload);
  if (!parsed.success)
    return {
      failure: { ok: false, code: "invalid_input", message: "Invalid sale", fields: fieldErrors(parsed.error) },
    };
  try {
    const { user, merchant } = await requireMerchant();
    const { value: sale, refresh } = await recordSale({ userId: user.id, merchantId: merchant.id }, parsed.data);
    return { sale, merchantId: merchant.id, refresh };
  } catch (err) {
    // A DomainError is the answer; anything else is logged with the sale's ids and rethrown.
    return { failure: toFailure(err, `counter sale ${parsed.data.clientId} (${parsed.data.method})`) };
  }
}

/** Record one counter sale. A repeat of the same clientId returns the first sale's receipt. */
export async function recordSaleAction(payload: SalePayload): Promise<SaleActionResult> {
  // A live sale happens now and obeys stock and credit limits: the offline flag and a device
  // time are the sync path's alone (syncQueuedSaleAction), whatever a caller sends here.
  const r = await recordAndAnnounce({ ...payload, offline: false, occurredAt: undefined });
  if ("failure" in r) return r.failure;
  applyRefresh(r.refresh);
  // recordSale's receipt is the sale as stored (lib/domain/sales.test.ts): only the header is read.
  return { ok: true, receipt: { ...r.sale, shop: await getShopHeader(r.merchantId) } };
}

/**
 * Send one sale from the offline queue. Unlike recordSaleAction it neither re-renders the
 * counter (a revalidated page comes back with every answer: 100 queued sales were 100 full
 * POS renders) nor re-reads the receipt, which the device already showed; the queue's owner
 * refreshes the screen once when the flush is done.
 */
export async function syncQueuedSaleAction(payload: SalePayload): Promise<SyncResult> {
  // A queued sale says when it happened (the device's clock, inside the queue's window that
  // saleInput checks: MAX_OFFLINE_AGE_MS); without a time it is not from the queue.
  if (payload.offline && !payload.occurredAt)
    return { ok: false, code: "invalid_input", message: "Invalid sale", fields: { occurredAt: "required" } };
  const r = await recordAndAnnounce(payload);
  if ("failure" in r) return r.failure;
  return { ok: true, id: r.sale.id, replayed: r.sale.replayed === true };
}

const query = z.string().max(80);

/** The picker's server search, used when the shop has more customers than the POS snapshot holds. */
export async function searchCustomersAction(q: string): Promise<PosCustomer[]> {
  const text = query.safeParse(q);
  if (!text.success) return [];
  try {
    const { merchant } = await requireMerchant();
    return await searchCustomers(merchant.id, text.data, 8);
  } catch (err) {
    if (err instanceof DomainError) return []; // signed out: the local list is all there is
    throw err;
  }
}
