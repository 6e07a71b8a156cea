// The data the counter works from, loaded by the page (lib/queries/pos.ts) and handed to the
// client as plain JSON, so the same snapshot can be kept in IndexedDB for offline selling.
import type { UnitName } from "@/lib/quantity";

export type PosProduct = {
  id: string;
  name: string;
  sku: string | null;
  barcode: string | null;
  pricePaise: number;
  /** Units as a decimal (0.25 kg); exact to 3 decimals. */
  stock: number;
  unit: UnitName;
  category: string;
};

export type PosCustomer = {
  id: string;
  name: string;
  phone: string | null;
  duePaise: number;
  creditLimitPaise: number | null;
};

export type PosShop = {
  name: string;
  /** How the shop's scale prints weighed-item barcodes (lib/pos/scale-barcode.ts). */
  scaleBarcode: "OFF" | "WEIGHT" | "PRICE";
  /** Sell past the recorded stock at the counter (flagged for review) instead of refusing. */
  sellPastStock: boolean;
  upiId: string | null;
  upiPayeeName: string | null;
  timeZone: string;
  /** Only a regular GST shop issues tax invoices that name a buyer (optional: older offline copies lack it). */
  gstStatus?: "UNREGISTERED" | "COMPOSITION" | "REGULAR";
  /** The shop's GST state code: a buyer elsewhere is an inter-state supply (IGST). */
  stateCode?: string | null;
};

export type PosData = {
  shop: PosShop;
  products: PosProduct[];
  customers: PosCustomer[];
  /** False when the shop has more customers than the snapshot holds: search the server too. */
  customersComplete: boolean;
  /** The person at the counter may allow one pay-later sale over a credit limit (owner, manager). */
  canAllowOverLimit?: boolean;
  /** The person at the counter may give discounts and name a buyer on the bill (discount_over_limit). */
  canDiscount?: boolean;
  /** When the server read this (ISO): the offline copy (lib/offline/snapshot) keeps the newer one. */
  loadedAt?: string;
};
