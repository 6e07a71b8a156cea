// Ledger entries in the API: payments received, voids, and the read-only transaction list
// (every row is append-only; amounts are positive, `type` says which way money moved).
import { z } from "zod";
import { listQuery } from "@/lib/api/pagination";
import type { LedgerEntry, PaymentResult } from "@/lib/domain/ledger";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateLike, entityId, optionalField } from "@/lib/validation/common";
import { paymentInput, S, type PaymentInputRaw } from "@/lib/validation/sale";
import {
  API_UNITS,
  toApiUnit,
  API_PAYMENTS,
  API_TX_TYPES,
  apiPaidMethod,
  apiTxType,
  iso,
  isoString,
  toApiPayment,
  toApiTxType,
  toDbPaidMethod,
} from "./enums";

export const paymentBody = paymentInput
  .extend({ method: apiPaidMethod })
  .transform((v): PaymentInputRaw => ({ ...v, method: toDbPaidMethod(v.method) }));

export const ledgerEntrySchema = z.object({
  id: z.string(),
  clientId: z.string(),
  type: z.enum(API_TX_TYPES),
  method: z.enum(API_PAYMENTS).describe("A void copies the method of the sale it reverses"),
  amountPaise: z.number().int(),
  customerId: z.string().nullable(),
  voidsId: z.string().nullable().describe("For a void: the sale it reverses"),
  note: z.string().nullable(),
  occurredAt: isoString,
  createdAt: isoString,
});

export const toApiEntry = (e: LedgerEntry): z.infer<typeof ledgerEntrySchema> => ({
  id: e.id,
  clientId: e.clientId,
  type: toApiTxType(e.type),
  method: toApiPayment(e.method),
  amountPaise: e.amountPaise,
  customerId: e.customerId,
  voidsId: e.voidsId,
  note: e.note,
  occurredAt: iso(e.occurredAt),
  createdAt: iso(e.createdAt),
});

export const paymentSchema = ledgerEntrySchema.extend({
  duePaise: z.number().int().describe("The customer's due at this shop after the payment"),
});
export const toApiPaymentEntry = (p: PaymentResult) => ({ ...toApiEntry(p), duePaise: p.duePaise });

export const transactionListQuery = listQuery
  .extend({
    from: optionalField(dateLike).describe("Inclusive lower bound on occurredAt (ISO 8601)"),
    to: optionalField(dateLike).describe("Exclusive upper bound on occurredAt (ISO 8601)"),
    customerId: optionalField(entityId).describe("One tab (a Customer id)"),
    type: optionalField(apiTxType),
    q: optionalField(z.string().trim().min(1).max(20)).describe(
      "A bill or credit note number (SKS/26-27/000123, any case): finds that document's entry",
    ),
  })
  .refine((v) => !v.from || !v.to || v.from < v.to, { path: ["to"], error: S.rangeInvalid });

export const transactionSelect = {
  id: true,
  clientId: true,
  type: true,
  method: true,
  amountPaise: true,
  merchantId: true,
  customerId: true,
  voidsId: true,
  orderId: true,
  note: true,
  occurredAt: true,
  createdAt: true,
  merchant: { select: { shopName: true } },
  voidedBy: { select: { id: true } },
  bill: { select: { number: true, kind: true } },
  items: {
    select: {
      productId: true,
      name: true,
      category: true,
      quantityMilli: true,
      unit: true,
      unitPricePaise: true,
      lineTotalPaise: true,
    },
    orderBy: { id: "asc" },
  },
} satisfies Prisma.TransactionSelect;

type TransactionRow = Prisma.TransactionGetPayload<{ select: typeof transactionSelect }>;

export const transactionSchema = ledgerEntrySchema.extend({
  shopId: z.string(),
  shopName: z.string(),
  orderId: z.string().nullable().describe("For a sale from a completed order"),
  voided: z.boolean().describe("For a sale: a void reverses it"),
  billNumber: z.string().nullable().describe("The bill or credit note number of a sale or return"),
  items: z.array(
    z.object({
      productId: z.string().nullable(),
      name: z.string(),
      category: z.string(),
      quantity: z
        .number()
        .describe("Up to 3 decimals for kg/g/litre/ml (0.25 = 250 g of a per-kg item); whole for piece/pack/dozen"),
      unit: z.enum(API_UNITS),
      unitPricePaise: z.number().int(),
      lineTotalPaise: z.number().int(),
    }),
  ),
});

export const toApiTransaction = ({
  merchant,
  voidedBy,
  merchantId,
  orderId,
  items,
  bill,
  ...t
}: TransactionRow): z.infer<typeof transactionSchema> => ({
  ...toApiEntry(t),
  shopId: merchantId,
  shopName: merchant.shopName,
  orderId,
  voided: voidedBy !== null,
  billNumber: bill?.number ?? null,
  items: items.map(({ quantityMilli, unit, ...i }) => ({
    productId: i.productId,
    name: i.name,
    category: i.category,
    quantity: quantityMilli / 1000,
    unit: toApiUnit(unit),
    unitPricePaise: i.unitPricePaise,
    lineTotalPaise: i.lineTotalPaise,
  })),
});
