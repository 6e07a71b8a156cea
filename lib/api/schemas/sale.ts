// Counter sales in the API: the POS's saleInput behind API names (payment "pay_later",
// customerPhone), the receipt as JSON, and the void body.
import crypto from "node:crypto";
import { z } from "zod";
import type { SaleReceipt } from "@/lib/domain/sales";
import { clientId, entityId, indianMobile, note, paise, personName } from "@/lib/validation/common";
import { MAX_SALE_LINES, S, saleInput, saleItem, voidInput, type SaleInputRaw } from "@/lib/validation/sale";
import { API_PAYMENTS, API_UNITS, apiPayment, iso, isoString, toApiPayment, toApiUnit, toDbPayment } from "./enums";

/**
 * No customer = a walk-in (guest) sale. customerPhone finds the shop's tab with that number or
 * opens one, named customerName or, without it, the phone itself (the shop can rename it later);
 * an existing tab keeps its name.
 */
export const saleBody = z
  .object({
    clientId: clientId.describe("UUID made by the device: a retry with the same id returns the first sale"),
    payment: apiPayment,
    amountPaise: paise.optional().describe("Calculator amount, added as a 'Custom amount' line"),
    items: z
      .array(saleItem)
      .max(MAX_SALE_LINES, { error: S.tooManyItems })
      .optional()
      .describe("Priced from the shop's catalogue; client prices are never read"),
    customerId: entityId.optional(),
    customerPhone: indianMobile.optional(),
    customerName: personName.optional().describe("Name for a new tab opened by customerPhone"),
    note: note.optional(),
    allowShortStock: z
      .boolean()
      .optional()
      .describe("Sell past the recorded stock (if the shop allows it); without it a shortfall is a 409"),
    allowOverLimit: z
      .boolean()
      .optional()
      .describe("Pay later over the credit limit once (owner or manager only; audited)"),
  })
  .superRefine((v, ctx) => {
    if (v.customerId && v.customerPhone)
      ctx.addIssue({ code: "custom", path: ["customerPhone"], message: S.oneCustomer });
    if (v.customerName && !v.customerPhone)
      ctx.addIssue({ code: "custom", path: ["customerPhone"], message: "required" });
    if (v.payment === "pay_later" && !v.customerId && !v.customerPhone)
      ctx.addIssue({ code: "custom", path: ["customerId"], message: S.creditNeedsCustomer });
  })
  .transform((v): SaleInputRaw => ({
    clientId: v.clientId,
    method: toDbPayment(v.payment),
    amountPaise: v.amountPaise,
    items: v.items,
    customerId: v.customerId,
    newCustomer: v.customerPhone ? { name: v.customerName ?? v.customerPhone, phone: v.customerPhone } : undefined,
    note: v.note,
    allowShortStock: v.allowShortStock,
    allowOverLimit: v.allowOverLimit,
  }))
  // The POS's own rules (an item or an amount...) on the mapped input; field names line up.
  .pipe(saleInput);

const lineSchema = z.object({
  productId: z.string().nullable().describe("null for the calculator amount"),
  name: z.string(),
  category: z.string(),
  quantity: z
    .number()
    .describe("Up to 3 decimals for kg/g/litre/ml (0.25 = 250 g of a per-kg item); whole for piece/pack/dozen"),
  unit: z.enum(API_UNITS),
  unitPricePaise: z.number().int().describe("Per unit (per kg for a kg item)"),
  lineTotalPaise: z.number().int().describe("quantity x unit price, rounded half up to the paisa"),
});

export const saleSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  type: z.enum(["sale", "credit_sale"]),
  payment: z.enum(API_PAYMENTS),
  amountPaise: z.number().int().describe("The bill total"),
  items: z.array(lineSchema),
  customer: z.object({ id: z.string(), name: z.string(), phone: z.string().nullable() }).nullable(),
  guest: z.boolean().describe("A walk-in sale with no customer"),
  note: z.string().nullable(),
  occurredAt: isoString,
  createdAt: isoString,
  voided: z.boolean(),
  stockException: z.boolean().describe("Sold past the recorded stock (offline, or allowShortStock): for review"),
  overLimit: z.boolean(),
  createdBy: z.string().nullable().describe("User id of who rang the sale up (owner or staff)"),
});

export const toApiSale = (s: SaleReceipt): z.infer<typeof saleSchema> => ({
  id: s.id,
  clientId: s.clientId,
  type: s.type === "SALE" ? "sale" : "credit_sale",
  payment: toApiPayment(s.method),
  amountPaise: s.amountPaise,
  items: s.items.map((i) => ({
    productId: i.productId,
    name: i.name,
    category: i.category,
    quantity: i.quantity,
    unit: toApiUnit(i.unit),
    unitPricePaise: i.unitPricePaise,
    lineTotalPaise: i.lineTotalPaise,
  })),
  customer: s.customer,
  guest: s.guest,
  note: s.note,
  occurredAt: iso(s.occurredAt),
  createdAt: iso(s.createdAt),
  voided: s.voided,
  stockException: s.stockException,
  overLimit: s.overLimit,
  createdBy: s.createdById,
});

export const voidBody = z.object({
  reason: voidInput.shape.reason,
  clientId: clientId
    .optional()
    .describe("Optional: without it the void's id is derived from the sale, so a retried void is harmless"),
});

// RFC 4122 name-based (v5) UUIDs under a namespace of our own: the same sale always gives the
// same void clientId, and it still passes the ledger's UUID rule.
const VOID_NAMESPACE = Buffer.from("6f1d3c1e8a4b4f6b9a51c1d2e3f40517", "hex");

export function voidClientId(saleId: string): string {
  const hash = crypto.createHash("sha1").update(VOID_NAMESPACE).update(`void:${saleId}`, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
