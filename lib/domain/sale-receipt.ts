// The SaleReceipt DTO: what the POS, the receipt page and the API show for one sale.
import { joinAddress } from "@/lib/address";
import type { PaymentMethod } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { Prisma, Unit } from "@/lib/generated/prisma/client";
import { balanceAfter } from "./balance";
import { billSelect, toBillDto, type BillDto } from "./bill-issue";
import { DomainError } from "./errors";

export const receiptInclude = {
  items: { orderBy: { id: "asc" } },
  customer: { select: { id: true, name: true, phone: true } },
  voidedBy: { select: { id: true } },
  bill: { select: billSelect },
} satisfies Prisma.TransactionInclude;

type ReceiptRow = Prisma.TransactionGetPayload<{ include: typeof receiptInclude }>;

export type SaleReceiptItem = {
  productId: string | null;
  name: string;
  category: string;
  /** Decimal (0.25) for JSON; quantityMilli (250) is the exact value. */
  quantity: number;
  quantityMilli: number;
  unit: Unit;
  unitPricePaise: number;
  lineTotalPaise: number;
  hsn: string | null;
  /** Hundredths of a percent charged on this line (0 when the shop charges no GST). */
  gstRateBp: number;
  discountPaise: number;
  taxablePaise: number;
  taxPaise: number;
};

export type SaleReceipt = {
  id: string;
  clientId: string;
  type: "SALE" | "CREDIT_SALE";
  method: PaymentMethod;
  amountPaise: number;
  items: SaleReceiptItem[];
  customer: { id: string; name: string; phone: string | null } | null;
  /** A walk-in sale (a GuestUser row, no customer). */
  guest: boolean;
  note: string | null;
  occurredAt: Date;
  createdAt: Date;
  voided: boolean;
  /** Present (true) only when this call was a retry that created nothing. */
  replayed?: boolean;
  stockException: boolean;
  overLimit: boolean;
  /** Who rang it up (the owner or a staff member's user id). */
  createdById: string | null;
  /** Pay later: the tab's balance after this sale (previous due = this minus the bill). */
  balanceAfterPaise?: number;
  /** The legal document (null only for a sale recorded before bills existed). */
  bill: BillDto | null;
};

export type ShopHeader = {
  name: string;
  gstin: string | null;
  address: string | null;
  phone: string | null;
  receiptFooter: string | null;
  gstStatus: "UNREGISTERED" | "COMPOSITION" | "REGULAR";
  stateCode: string | null;
  upiId: string | null;
  upiPayeeName: string | null;
  receiptLayout: "ROLL_58" | "ROLL_80" | "A5" | "A4";
  receiptLocale: string | null;
};

export type SaleReceiptWithShop = SaleReceipt & { shop: ShopHeader };

export const SALE_TYPES = ["SALE", "CREDIT_SALE"] as const;

export function toSaleReceipt(row: ReceiptRow): SaleReceipt {
  if (row.type !== "SALE" && row.type !== "CREDIT_SALE") throw new Error(`transaction ${row.id} is not a sale`);
  return {
    id: row.id,
    clientId: row.clientId,
    type: row.type,
    method: row.method,
    amountPaise: row.amountPaise,
    items: row.items.map((i) => ({
      productId: i.productId,
      name: i.name,
      category: i.category,
      quantity: i.quantityMilli / 1000,
      quantityMilli: i.quantityMilli,
      unit: i.unit,
      unitPricePaise: i.unitPricePaise,
      lineTotalPaise: i.lineTotalPaise,
      hsn: i.hsn,
      gstRateBp: i.gstRateBp,
      discountPaise: i.discountPaise,
      taxablePaise: i.taxablePaise,
      taxPaise: i.taxPaise,
    })),
    customer: row.customer ? { id: row.customer.id, name: row.customer.name, phone: row.customer.phone } : null,
    guest: row.guestId !== null,
    note: row.note,
    occurredAt: row.occurredAt,
    createdAt: row.createdAt,
    voided: row.voidedBy !== null,
    stockException: row.stockException,
    overLimit: row.overLimit,
    createdById: row.createdById,
    bill: row.bill ? toBillDto(row.bill) : null,
  };
}

export const shopHeaderSelect = {
  shopName: true,
  gstin: true,
  phone: true,
  receiptFooter: true,
  addressLine: true,
  area: true,
  city: true,
  state: true,
  pinCode: true,
  gstStatus: true,
  stateCode: true,
  upiId: true,
  upiPayeeName: true,
  receiptLayout: true,
  receiptLocale: true,
} satisfies Prisma.MerchantSelect;

export function toShopHeader(m: Prisma.MerchantGetPayload<{ select: typeof shopHeaderSelect }>): ShopHeader {
  const place = joinAddress([m.addressLine, m.area, m.city, [m.state, m.pinCode].filter(Boolean).join(" ")]);
  return {
    name: m.shopName,
    gstin: m.gstin,
    address: place || null,
    phone: m.phone,
    receiptFooter: m.receiptFooter,
    gstStatus: m.gstStatus,
    stateCode: m.stateCode,
    upiId: m.upiId,
    upiPayeeName: m.upiPayeeName,
    receiptLayout: m.receiptLayout,
    receiptLocale: m.receiptLocale,
  };
}

/** The receipt header of a shop (for a receipt already in hand). */
export async function getShopHeader(merchantId: string): Promise<ShopHeader> {
  return toShopHeader(await db.merchant.findUniqueOrThrow({ where: { id: merchantId }, select: shopHeaderSelect }));
}

/** A sale of this shop with its receipt header; not_found for another shop's id or a non-sale. */
export async function getSale(merchantId: string, saleId: string): Promise<SaleReceiptWithShop> {
  const row = await db.transaction.findFirst({
    where: { id: saleId, merchantId, type: { in: [...SALE_TYPES] } },
    include: { ...receiptInclude, merchant: { select: shopHeaderSelect } },
  });
  if (!row) throw new DomainError("not_found", "Sale not found");
  const receipt = toSaleReceipt(row);
  if (row.type === "CREDIT_SALE" && row.customerId)
    receipt.balanceAfterPaise = await balanceAfter(db, merchantId, row.customerId, row);
  return { ...receipt, shop: toShopHeader(row.merchant) };
}
