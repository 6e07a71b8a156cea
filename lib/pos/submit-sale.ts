// The ONE way the counter sends a sale. Today it calls the server action directly; the
// offline outbox (lib/offline) can later wrap this same call (queue first, then send) without
// the screen changing. A retry must pass the same payload: the clientId makes it harmless.
import { recordSaleAction } from "@/app/merchant/pos/actions";
import type { SalePayload, SubmitSaleResult } from "./sale-payload";

export async function submitSale(payload: SalePayload): Promise<SubmitSaleResult> {
  try {
    return await recordSaleAction(payload);
  } catch (err) {
    // A failed fetch, a dropped connection or a server crash all look the same from here:
    // the sale may or may not have been saved, and resending the same clientId is safe.
    return { ok: false, code: "network", message: err instanceof Error ? err.message : "Network error" };
  }
}
