// Counter sales in the API: the POS's saleInput behind API names (payment "pay_later",
// customerPhone), the receipt as JSON, and the void body.
import crypto from "node:crypto";
import { z } from "zod";
import type { BillDto } from "@/lib/domain/bill-issue";
import type { SaleReceipt } from "@/lib/domain/sales";
import { clientId, entityId, indianMobile, note, paise, personName } from "@/lib/validation/common";
import { billLinkPath } from "@/lib/domain/bill-link";
import {
  MAX_SALE_LINES,
  S,
  buyerInput,
  discountInput,
  saleInput,
  saleItem,
  voidInput,
  type SaleInputRaw,
} from "@/lib/validation/sale";
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
    discount: discountInput
      .optional()
      .describe(
        "On the whole bill: {percent} or {amountPaise}; shared over the lines, it reduces the taxable value. " +
          "A discount (here or on an item) needs the discount_over_limit permission (owner, manager): else 403.",
      ),
    buyer: buyerInput
      .optional()
      .describe(
        "The buyer named on the bill (needs discount_over_limit). gstin: a registered buyer (B2B), another state's GSTIN = IGST. Without gstin, " +
          "state (code) is where an unregistered buyer takes delivery: another state = IGST and, above ₹1,00,000, GSTR-1 b2cl.",
      ),
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
    discount: v.discount,
    buyer: v.buyer,
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
  hsn: z.string().nullable(),
  gstRate: z.number().describe("GST percent charged on this line (0 when the shop charges none)"),
  discountPaise: z.number().int().describe("Line discount plus its share of a bill discount"),
  taxablePaise: z.number().int(),
  taxPaise: z.number().int().describe("taxablePaise + taxPaise = lineTotalPaise - discountPaise"),
});

export const API_BILL_KINDS = ["bill", "bill_of_supply", "tax_invoice", "credit_note"] as const;

export const billSchema = z.object({
  number: z.string().describe("PREFIX/26-27/000123: gapless per shop, series and financial year"),
  kind: z.enum(API_BILL_KINDS),
  taxablePaise: z.number().int(),
  cgstPaise: z.number().int(),
  sgstPaise: z.number().int(),
  igstPaise: z.number().int(),
  roundOffPaise: z.number().int(),
  totalPaise: z.number().int().describe("taxable + CGST + SGST + IGST + round-off"),
  url: z.string().describe("The public link: no sign-in, revocable"),
  cancelled: z.boolean().describe("A voided sale keeps its number as cancelled"),
  placeOfSupply: z.string().nullable().describe("State code; another state than the shop's means IGST"),
  buyer: z
    .object({ gstin: z.string().nullable(), name: z.string(), address: z.string().nullable() })
    .nullable()
    .describe("The buyer named on the bill: gstin for a registered buyer (B2B), else null"),
});

export function toApiBill(b: BillDto, origin: string): z.infer<typeof billSchema> {
  return {
    number: b.number,
    kind: b.kind.toLowerCase() as (typeof API_BILL_KINDS)[number],
    taxablePaise: b.taxablePaise,
    cgstPaise: b.cgstPaise,
    sgstPaise: b.sgstPaise,
    igstPaise: b.igstPaise,
    roundOffPaise: b.roundOffPaise,
    totalPaise: b.totalPaise,
    url: new URL(billLinkPath(b.id), origin).href,
    cancelled: b.cancelled,
    placeOfSupply: b.placeOfSupply,
    buyer: b.buyer ? { gstin: b.buyer.gstin ?? null, name: b.buyer.name, address: b.buyer.address ?? null } : null,
  };
}

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
  bill: billSchema.nullable(),
});

export const toApiSale = (s: SaleReceipt, origin: string): z.infer<typeof saleSchema> => ({
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
    hsn: i.hsn,
    gstRate: i.gstRateBp / 100,
    discountPaise: i.discountPaise,
    taxablePaise: i.taxablePaise,
    taxPaise: i.taxPaise,
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
  bill: s.bill && toApiBill(s.bill, origin),
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
