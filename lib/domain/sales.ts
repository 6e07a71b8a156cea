// The counter sale: prices the cart from the shop's own catalogue and taxes it here (the rules
// stay TypeScript), then writes it in ONE statement (lib/domain/sale-write.ts: the PL/pgSQL
// function record_sale takes stock with conditional UPDATEs, appends the ledger row, numbers the
// bill and announces it, all in one transaction). Idempotent by the device's clientId, so a
// retried or re-synced offline sale is recorded exactly once.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Unit } from "@/lib/generated/prisma/client";
import { MAX_SALE_PAISE, formatPaise } from "@/lib/money";
import { fitsUnit, linePaise, toMilli } from "@/lib/quantity";
import { parseOrThrow } from "@/lib/validation/common";
import { saleInput, type SaleInput, type SaleInputRaw } from "@/lib/validation/sale";
import { balanceAfter } from "./balance";
import { can } from "@/lib/auth/permissions";
import { shopMembershipOf } from "@/lib/auth/shop-actor";
import { billDtoOf, planBill, saleBillKind, type ShopTax } from "./bill-issue";
import { DomainError, isUniqueViolation } from "./errors";
import { discountOf } from "./gst-tax";
import { taxLines, type PricedLine, type TaxedSaleLine } from "./sale-bill";
import { writeSaleRow } from "./sale-write";
import { receiptInclude, toSaleReceipt, type SaleReceipt } from "./sale-receipt";

export {
  getSale,
  getShopHeader,
  type SaleReceipt,
  type SaleReceiptItem,
  type SaleReceiptWithShop,
  type ShopHeader,
} from "./sale-receipt";

/** The calculator amount's line on the bill (no product, no stock). */
export const CUSTOM_AMOUNT_LINE = { name: "Custom amount", category: "custom" } as const;

type Line = TaxedSaleLine;

/**
 * Record a counter sale. Total = sum(items at the shop's current prices) + amountPaise
 * (the calculator amount, as a "Custom amount" line); any price the client sends is ignored.
 * Returns the receipt; a repeat of the same clientId returns the first sale with `replayed`.
 * realtime: the sale.created event is sent by the write itself (NOTIFY at commit), once.
 */
export async function recordSale(merchantId: string, actorUserId: string, raw: SaleInputRaw): Promise<SaleReceipt> {
  const input = parseOrThrow(saleInput, raw);
  try {
    // No replay lookup first: the ledger INSERT claims the clientId, so a retry costs one
    // rolled-back statement (rare) and a first attempt (every sale) saves a round trip.
    return await writeSale(merchantId, actorUserId, input);
  } catch (err) {
    // A retry of a recorded sale, or a lost race with a concurrent request of the same clientId:
    // the first sale is the answer. A DomainError may also be a retry whose cart no longer
    // prices (a product archived since), so the ledger decides before the error is reported.
    if (isUniqueViolation(err) || err instanceof DomainError) {
      const first = await findReplay(merchantId, input.clientId);
      if (first) return first;
    }
    throw err;
  }
}
async function findReplay(merchantId: string, clientId: string): Promise<SaleReceipt | null> {
  const row = await db.transaction.findUnique({
    where: { merchantId_clientId: { merchantId, clientId } },
    include: receiptInclude,
  });
  if (!row) return null;
  if (row.type !== "SALE" && row.type !== "CREDIT_SALE") {
    throw new DomainError("conflict", "This client id was already used for another entry", {
      clientId: "Already used",
    });
  }
  const receipt = toSaleReceipt(row);
  if (row.type === "CREDIT_SALE" && row.customerId)
    receipt.balanceAfterPaise = await balanceAfter(db, merchantId, row.customerId, row);
  return { ...receipt, replayed: true };
}

async function writeSale(merchantId: string, actorUserId: string, input: SaleInput): Promise<SaleReceipt> {
  const { shop, products } = await loadCart(merchantId, input);
  // Tax, discounts and round-off come from the line amounts (lib/domain/gst-tax.ts).
  const sale = taxLines(shop, priceLines(products, input), { billDiscount: input.discount, buyer: input.buyer });
  const lines = sale.lines;
  const total = sale.tax.totalPaise;
  if (total <= 0)
    throw new DomainError("invalid_input", "Sale total must be more than ₹0", { amountPaise: "amount_too_small" });
  if (total > MAX_SALE_PAISE) {
    throw new DomainError("invalid_input", `Sale total is above the ${formatPaise(MAX_SALE_PAISE)} limit`, {
      amountPaise: "amount_too_large",
    });
  }
  const isCredit = input.method === "CREDIT";
  const type = isCredit ? "CREDIT_SALE" : "SALE";
  const now = new Date();
  const occurredAt = input.occurredAt ?? now;
  const id = crypto.randomUUID();
  const kind = saleBillKind(shop.gstStatus);
  const plan = planBill(shop, { kind, issuedAt: occurredAt });
  const written = await writeSaleRow({
    id,
    merchantId,
    actorId: actorUserId,
    clientId: input.clientId,
    type,
    method: input.method,
    note: input.note || null,
    occurredAt,
    createdAt: now,
    customerId: input.customerId ?? null,
    newCustomer: input.newCustomer ? { name: input.newCustomer.name, phone: input.newCustomer.phone ?? null } : null,
    shiftId: input.shiftId ?? null,
    offline: input.offline,
    allowShortStock: input.allowShortStock,
    overLimit: await overLimitRule(merchantId, actorUserId, input),
    sale,
    bill: { ...plan, kind, buyer: input.buyer ?? null },
  });
  return {
    id,
    clientId: input.clientId,
    type,
    method: input.method,
    amountPaise: total,
    items: lines.map(toReceiptItem),
    customer: written.customer,
    guest: written.guestId !== null,
    note: input.note || null,
    occurredAt,
    createdAt: now,
    voided: false,
    stockException: written.stockException,
    overLimit: written.overLimit,
    createdById: actorUserId,
    // A pay-later receipt prints the previous due and the new balance (this sale included).
    ...(isCredit && written.balanceAfterPaise !== null ? { balanceAfterPaise: Number(written.balanceAfterPaise) } : {}),
    bill: billDtoOf(plan.id, written.billNumber, {
      kind,
      issuedAt: occurredAt,
      tax: sale.tax,
      buyer: input.buyer,
      placeOfSupply: sale.pos.code,
    }),
  };
}

/**
 * A one-off sale over the credit limit needs a role that may allow it: decided here, before the
 * write (which applies it only if the tab really goes over, and audits it then).
 */
async function overLimitRule(merchantId: string, actorUserId: string, input: SaleInput) {
  if (input.method !== "CREDIT" || !input.allowOverLimit || input.offline) return "refuse" as const;
  const member = await shopMembershipOf(actorUserId);
  return member && member.merchantId === merchantId && can(member, "allow_over_credit_limit")
    ? ("allowed" as const)
    : ("forbidden" as const);
}

function toReceiptItem(l: Line) {
  return { ...l, quantity: l.quantityMilli / 1000 };
}

type CartProduct = {
  id: string;
  name: string;
  category: string;
  pricePaise: number;
  unit: Unit;
  hsn: string | null;
  gstRateBp: number | null;
};

/** The shop's tax settings and the cart's live products, in one statement. */
async function loadCart(merchantId: string, input: SaleInput): Promise<{ shop: ShopTax; products: CartProduct[] }> {
  const ids = [...new Set((input.items ?? []).map((it) => it.productId))];
  const [row] = await db.$queryRaw<(ShopTax & { products: CartProduct[] })[]>`
    SELECT m."gstStatus", m."gstin", m."stateCode", m."billPrefix", m."roundOff", m."timeZone",
      COALESCE((SELECT json_agg(json_build_object('id', p."id", 'name', p."name", 'category', p."category",
          'pricePaise', p."pricePaise", 'unit', p."unit", 'hsn', p."hsn", 'gstRateBp', p."gstRateBp"))
        FROM "Product" p
        WHERE p."merchantId" = m."id" AND p."id" = ANY(${ids}::text[]) AND p."archivedAt" IS NULL), '[]') AS products
    FROM "Merchant" m WHERE m."id" = ${merchantId}`;
  if (!row) throw new DomainError("not_found", "Shop not found");
  const { products, ...shop } = row;
  return { shop, products };
}

/**
 * Prices come from the shop's catalogue now; the same product twice becomes one line, its
 * discounts added up (each taken on its own part of the line).
 */
function priceLines(products: CartProduct[], input: SaleInput): PricedLine[] {
  const qty = new Map<string, number>();
  // The schema allowed at most 3 decimals, so toMilli is exact here.
  for (const it of input.items ?? []) qty.set(it.productId, (qty.get(it.productId) ?? 0) + toMilli(it.quantity)!);
  const lines: PricedLine[] = [];
  const byId = new Map(products.map((p) => [p.id, p]));
  for (const [productId, quantityMilli] of qty) {
    const p = byId.get(productId);
    if (!p) throw new DomainError("not_found", "Product not found", { items: "product_not_found" }, { productId });
    if (!fitsUnit(quantityMilli, p.unit)) {
      throw new DomainError(
        "invalid_input",
        `${p.name} sells in whole units`,
        { items: "quantity_whole" },
        { productId },
      );
    }
    const lineDiscountPaise = (input.items ?? [])
      .filter((it) => it.productId === productId)
      .reduce((s, it) => s + discountOf(linePaise(toMilli(it.quantity)!, p.pricePaise), it.discount), 0);
    lines.push({
      productId,
      name: p.name,
      category: p.category,
      unitPricePaise: p.pricePaise,
      quantityMilli,
      unit: p.unit,
      lineTotalPaise: linePaise(quantityMilli, p.pricePaise),
      hsn: p.hsn,
      rateBp: p.gstRateBp ?? 0,
      lineDiscountPaise,
    });
  }
  if (input.amountPaise !== undefined) {
    lines.push({
      productId: null,
      ...CUSTOM_AMOUNT_LINE,
      unitPricePaise: input.amountPaise,
      quantityMilli: 1000,
      unit: "PIECE",
      lineTotalPaise: input.amountPaise,
      hsn: null,
      // The calculator amount names no goods, so it carries no rate (exempt on the bill).
      rateBp: 0,
      lineDiscountPaise: 0,
    });
  }
  return lines;
}
