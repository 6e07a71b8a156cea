// The API's enums are lower-case words ("pay_later", "credit_sale", "kg"); the domain and the
// database use the Prisma enums (CREDIT, CREDIT_SALE, KG). Every mapping lives here.
import { z } from "zod";
import type { OrderStatus, PaymentMethod, TransactionType, Unit } from "@/lib/generated/prisma/enums";
import { O } from "@/lib/validation/order";
import { P } from "@/lib/validation/product";

/** How a sale or order is paid; pay_later puts it on the customer's tab (CREDIT). */
export const API_PAYMENTS = ["cash", "card", "upi", "pay_later"] as const;
export type ApiPayment = (typeof API_PAYMENTS)[number];
const PAYMENT_TO_DB: Record<ApiPayment, PaymentMethod> = {
  cash: "CASH",
  card: "CARD",
  upi: "UPI",
  pay_later: "CREDIT",
};
const PAYMENT_FROM_DB: Record<PaymentMethod, ApiPayment> = {
  CASH: "cash",
  CARD: "card",
  UPI: "upi",
  CREDIT: "pay_later",
};

export const apiPayment = z.enum(API_PAYMENTS, { error: O.methodInvalid });
export const toDbPayment = (p: ApiPayment): PaymentMethod => PAYMENT_TO_DB[p];
export const toApiPayment = (m: PaymentMethod): ApiPayment => PAYMENT_FROM_DB[m];

/** Money received against a tab: never "pay later". */
export const API_PAID_METHODS = ["cash", "card", "upi"] as const;
export const apiPaidMethod = z.enum(API_PAID_METHODS, { error: O.methodInvalid });
export const toDbPaidMethod = (p: (typeof API_PAID_METHODS)[number]) => PAYMENT_TO_DB[p] as "CASH" | "CARD" | "UPI";

export const API_ORDER_STATUSES = ["placed", "accepted", "ready", "completed", "cancelled"] as const;
export type ApiOrderStatus = (typeof API_ORDER_STATUSES)[number];
/** What a merchant may ask an order to become (PATCH /orders/{id}). */
export const API_ORDER_TARGETS = ["accepted", "ready", "completed", "cancelled"] as const;
export const apiOrderTarget = z.enum(API_ORDER_TARGETS, { error: O.statusInvalid });
export const toDbOrderTarget = (s: (typeof API_ORDER_TARGETS)[number]) =>
  s.toUpperCase() as Exclude<OrderStatus, "PLACED">;
export const toApiOrderStatus = (s: OrderStatus) => s.toLowerCase() as ApiOrderStatus;

export const API_TX_TYPES = ["sale", "credit_sale", "payment", "void", "return"] as const;
export type ApiTxType = (typeof API_TX_TYPES)[number];
export const apiTxType = z.enum(API_TX_TYPES);
export const toDbTxType = (t: ApiTxType) => t.toUpperCase() as TransactionType;
export const toApiTxType = (t: TransactionType) => t.toLowerCase() as ApiTxType;

export const API_UNITS = ["piece", "kg", "g", "litre", "ml", "pack", "dozen"] as const;
export type ApiUnit = (typeof API_UNITS)[number];
export const apiUnit = z.enum(API_UNITS, { error: P.unitInvalid });
export const toDbUnit = (u: ApiUnit) => u.toUpperCase() as Unit;
export const toApiUnit = (u: Unit) => u.toLowerCase() as ApiUnit;

/** Query-string booleans: "true"/"1" and "false"/"0" (z.coerce.boolean would read "false" as true). */
export const queryBoolean = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Dates leave the API as ISO 8601 UTC strings. */
export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
export const isoString = z.string().describe("ISO 8601 UTC");
