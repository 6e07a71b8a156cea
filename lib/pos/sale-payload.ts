// What the counter sends and gets back. Shared by the server action, submitSale() and the
// screen (types only, so the client bundle pulls in nothing from the server).
import type { PaymentMethod } from "@/lib/generated/prisma/enums";
import type { Failure } from "@/lib/errors";
import type { SaleReceiptWithShop } from "@/lib/domain/sale-receipt";

export type PosMethod = PaymentMethod;

/**
 * One sale as the device sends it. clientId is made when the sale is started and kept
 * through every retry, so the server records it once. No prices: the server prices items.
 * occurredAt/offline are for a sale that waited in the offline outbox.
 */
export type SalePayload = {
  clientId: string;
  method: PosMethod;
  amountPaise?: number;
  /** discount: on that line (owner / manager only: discount_over_limit). */
  items?: { productId: string; quantity: number; discount?: { percent: number } | { amountPaise: number } }[];
  customerId?: string;
  newCustomer?: { name: string; phone?: string };
  note?: string;
  occurredAt?: string;
  offline?: boolean;
  /** The counter warned about a short item and the shop sells past recorded stock. */
  allowShortStock?: boolean;
  allowOverLimit?: boolean;
  shiftId?: string;
  /** On the whole bill (set on the confirm sheet); it reduces the taxable value. */
  discount?: { percent: number } | { amountPaise: number };
  /** Who the tax invoice names: a registered buyer (gstin) or goods delivered to another state (state). */
  buyer?: PosBuyer;
};

export type PosBuyer = { gstin?: string; name: string; address?: string; state?: string };

/** The one failure shape (lib/errors.ts): English message for logs, fields of message keys. */
export type SaleFailure = Failure;

export type SaleActionResult = { ok: true; receipt: SaleReceiptWithShop } | SaleFailure;

/** A queued sale sent again: the server's id for it (replayed: it had already arrived). */
export type SyncResult = { ok: true; id: string; replayed: boolean } | SaleFailure;

/** The server could not be reached (or answered with an unexpected error): safe to retry. */
export type NetworkFailure = { ok: false; code: "network"; message: string };

/** No network: the sale is stored on this device (IndexedDB committed) and will sync later. */
export type QueuedSale = { ok: true; queued: true; payload: SalePayload };

export type SubmitSaleResult = SaleActionResult | NetworkFailure | QueuedSale;
