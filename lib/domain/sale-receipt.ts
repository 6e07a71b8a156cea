// The SaleReceipt DTO: what the POS, the receipt page and the API show for one sale.
import type { PaymentMethod } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "./errors";

export const receiptInclude = {
  items: { orderBy: { id: "asc" } },
  customer: { select: { id: true, name: true, phone: true } },
  voidedBy: { select: { id: true } },
} satisfies Prisma.TransactionInclude;

type ReceiptRow = Prisma.TransactionGetPayload<{ include: typeof receiptInclude }>;

export type SaleReceiptItem = {
  productId: string | null;
  name: string;
  category: string;
  quantity: number;
  unitPricePaise: number;
  lineTotalPaise: number;
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
};

export type ShopHeader = {
  name: string;
  gstin: string | null;
  address: string | null;
  phone: string | null;
  receiptFooter: string | null;
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
      quantity: i.quantity,
      unitPricePaise: i.unitPricePaise,
      lineTotalPaise: i.lineTotalPaise,
    })),
    customer: row.customer ? { id: row.customer.id, name: row.customer.name, phone: row.customer.phone } : null,
    guest: row.guestId !== null,
    note: row.note,
    occurredAt: row.occurredAt,
    createdAt: row.createdAt,
    voided: row.voidedBy !== null,
    stockException: row.stockException,
    overLimit: row.overLimit,
  };
}

const shopHeaderSelect = {
  shopName: true,
  gstin: true,
  phone: true,
  receiptFooter: true,
  addressLine: true,
  area: true,
  city: true,
  state: true,
  pinCode: true,
} satisfies Prisma.MerchantSelect;

function toShopHeader(m: Prisma.MerchantGetPayload<{ select: typeof shopHeaderSelect }>): ShopHeader {
  const place = [m.addressLine, m.area, m.city, [m.state, m.pinCode].filter(Boolean).join(" ")].filter(
    (s) => s && s.trim(),
  );
  return {
    name: m.shopName,
    gstin: m.gstin,
    address: place.length ? place.join(", ") : null,
    phone: m.phone,
    receiptFooter: m.receiptFooter,
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
  return { ...toSaleReceipt(row), shop: toShopHeader(row.merchant) };
}
