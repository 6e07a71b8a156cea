// The counter sale: one DB transaction that prices the cart from the shop's own catalogue,
// takes stock with a conditional UPDATE, and appends one ledger row. Idempotent by the
// device's clientId, so a retried or re-synced offline sale is recorded exactly once.
import { db, type Tx } from "@/lib/db";
import { MAX_SALE_PAISE, formatPaise } from "@/lib/money";
import { fitsUnit, linePaise, toMilli } from "@/lib/quantity";
import { parseOrThrow } from "@/lib/validation/common";
import { saleInput, type SaleInput, type SaleInputRaw } from "@/lib/validation/sale";
import { balanceAfter, balanceOf, lockCustomer } from "./balance";
import { can } from "@/lib/auth/permissions";
import { shopMembershipOf } from "@/lib/auth/shop-actor";
import { writeAudit } from "./audit";
import { DomainError, isUniqueViolation } from "./errors";
import { openShiftId } from "./shifts";
import { discountOf } from "./gst-tax";
import { issueSaleBill, taxSale, type PricedLine, type TaxedSaleLine } from "./sale-bill";
import { takeStock as takeFromShelf } from "./stock";
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
 * realtime: published by the caller (notify(merchantId, { type: "sale.created", ... })
 * after this resolves with replayed !== true).
 */
export async function recordSale(merchantId: string, actorUserId: string, raw: SaleInputRaw): Promise<SaleReceipt> {
  const input = parseOrThrow(saleInput, raw);
  try {
    // No replay lookup first: the ledger INSERT claims the clientId, so a retry costs one
    // rolled-back transaction (rare) and a first attempt (every sale) saves a round trip.
    // maxWait: a burst of counters (or a synced offline queue) waits for a pooled connection
    // instead of failing after Prisma's default 2 s.
    return await db.$transaction((tx) => writeSale(tx, merchantId, actorUserId, input), {
      timeout: 15_000,
      maxWait: 15_000,
    });
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

async function writeSale(tx: Tx, merchantId: string, actorUserId: string, input: SaleInput): Promise<SaleReceipt> {
  // Tax, discounts and round-off come from the line amounts (lib/domain/gst-tax.ts).
  const priced = await priceLines(tx, merchantId, input);
  const sale = await taxSale(tx, merchantId, priced, { billDiscount: input.discount, buyer: input.buyer });
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
  const shiftId = input.shiftId
    ? ((await tx.shift.findFirst({ where: { id: input.shiftId, merchantId }, select: { id: true } }))?.id ?? null)
    : await openShiftId(tx, merchantId);
  const customer = await resolveCustomer(tx, merchantId, input);
  const customerId = customer?.id ?? null;
  if (isCredit && !customerId) {
    throw new DomainError("invalid_input", "Pick a customer for pay later", {
      customer: "Pick a customer for pay later",
    });
  }
  // A paid sale to nobody in particular gets its own walk-in guest row.
  const guestId = customerId ? null : (await tx.guestUser.create({ data: { merchantId }, select: { id: true } })).id;

  // Inserting the ledger row first claims the clientId: a concurrent duplicate waits on the
  // unique index and then fails, instead of racing us for stock or credit.
  const row = await tx.transaction.create({
    data: {
      merchantId,
      type: isCredit ? "CREDIT_SALE" : "SALE",
      method: input.method,
      amountPaise: total,
      customerId,
      guestId,
      clientId: input.clientId,
      note: input.note || null,
      createdById: actorUserId,
      shiftId,
      ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
    },
    // The receipt is built from what is in hand: re-reading the new row would cost 4 SELECTs,
    // and a nested create of the items one more (INSERT ... RETURNING is all this needs).
    select: { id: true, occurredAt: true, createdAt: true },
  });
  await tx.transactionItem.createMany({ data: lines.map((l) => ({ ...l, merchantId, transactionId: row.id })) });

  // Short stock is accepted offline (already sold) or when the counter said so and the shop allows it.
  const sellShort = input.offline || (input.allowShortStock && (await shopSellsPastStock(tx, merchantId)));
  const stockException = await takeStock(tx, merchantId, actorUserId, row.id, lines, sellShort);
  const overLimit =
    isCredit && customerId
      ? await checkCreditLimit(tx, merchantId, customerId, total, input.offline || input.allowOverLimit)
      : false;
  if (overLimit && !input.offline) await allowOverLimit(tx, merchantId, actorUserId, row.id, customerId!, total);
  // A pay-later receipt prints the previous due and the new balance (this sale included).
  const balanceAfterPaise = isCredit && customerId ? await balanceOf(tx, merchantId, customerId) : undefined;
  if (stockException || overLimit) {
    // Same DB transaction, before commit: no one ever sees the row without its flags.
    await tx.transaction.update({ where: { id: row.id }, data: { stockException, overLimit } });
  }
  // Last: the bill number's counter row stays locked until commit, so hold it briefly.
  const bill = await issueSaleBill(tx, merchantId, sale, row.id, row.occurredAt, input.buyer);
  return {
    id: row.id,
    clientId: input.clientId,
    type: isCredit ? "CREDIT_SALE" : "SALE",
    method: input.method,
    amountPaise: total,
    items: lines.map(toReceiptItem),
    customer,
    guest: guestId !== null,
    note: input.note || null,
    occurredAt: row.occurredAt,
    createdAt: row.createdAt,
    voided: false,
    stockException,
    overLimit,
    createdById: actorUserId,
    ...(balanceAfterPaise !== undefined ? { balanceAfterPaise } : {}),
    bill,
  };
}

function toReceiptItem(l: Line) {
  return { ...l, quantity: l.quantityMilli / 1000 };
}

/**
 * Prices come from the shop's catalogue now; the same product twice becomes one line, its
 * discounts added up (each taken on its own part of the line).
 */
async function priceLines(tx: Tx, merchantId: string, input: SaleInput): Promise<PricedLine[]> {
  const qty = new Map<string, number>();
  // The schema allowed at most 3 decimals, so toMilli is exact here.
  for (const it of input.items ?? []) qty.set(it.productId, (qty.get(it.productId) ?? 0) + toMilli(it.quantity)!);
  const lines: PricedLine[] = [];
  if (qty.size) {
    const products = await tx.product.findMany({
      where: { merchantId, id: { in: [...qty.keys()] }, archivedAt: null },
      select: { id: true, name: true, category: true, pricePaise: true, unit: true, hsn: true, gstRateBp: true },
    });
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

type SaleCustomer = { id: string; name: string; phone: string | null };
const customerFields = { id: true, name: true, phone: true } as const;

async function resolveCustomer(tx: Tx, merchantId: string, input: SaleInput): Promise<SaleCustomer | null> {
  if (input.customerId) {
    const c = await tx.customer.findFirst({ where: { id: input.customerId, merchantId }, select: customerFields });
    if (!c) throw new DomainError("not_found", "Customer not found", { customer: "customer_not_found" });
    return c;
  }
  const nc = input.newCustomer;
  if (!nc) return null;
  if (!nc.phone) return tx.customer.create({ data: { merchantId, name: nc.name }, select: customerFields });
  // The phone identifies a person at this shop: an existing tab is reused, its name kept.
  return tx.customer.upsert({
    where: { merchantId_phone: { merchantId, phone: nc.phone } },
    create: { merchantId, name: nc.name, phone: nc.phone },
    update: {},
    select: customerFields,
  });
}

/**
 * Decrement stock per product line, in id order (a fixed lock order: no deadlocks between
 * two carts). Online: a line that would go below zero aborts the sale with "only N left".
 * Offline: the sale already happened at the counter, so apply it in full and flag it.
 */
async function takeStock(
  tx: Tx,
  merchantId: string,
  actorUserId: string,
  saleId: string,
  lines: Line[],
  offline: boolean,
): Promise<boolean> {
  const stocked = lines.filter((l): l is Line & { productId: string } => l.productId !== null);
  const { short } = await takeFromShelf(
    tx,
    { merchantId, reason: "SALE", refId: saleId, actorId: actorUserId },
    stocked,
    {
      allowShort: offline,
      field: "items",
    },
  );
  return short;
}

async function shopSellsPastStock(tx: Tx, merchantId: string): Promise<boolean> {
  const m = await tx.merchant.findUnique({ where: { id: merchantId }, select: { sellPastStock: true } });
  return m?.sellPastStock ?? false;
}

/** A one-off sale over the credit limit: only for a role that may allow it, and audited. */
async function allowOverLimit(
  tx: Tx,
  merchantId: string,
  actorUserId: string,
  saleId: string,
  customerId: string,
  total: number,
) {
  const member = await shopMembershipOf(actorUserId);
  if (!member || member.merchantId !== merchantId || !can(member, "allow_over_credit_limit"))
    throw new DomainError("forbidden", "Only the owner or a manager may allow a sale over the credit limit", {
      customer: "over_limit_not_allowed",
    });
  await writeAudit(tx, {
    actorId: actorUserId,
    actorRole: "MERCHANT",
    merchantId,
    action: "sale.over_limit_allowed",
    entity: "Transaction",
    entityId: saleId,
    after: { customerId, salePaise: total },
  });
}

/** Runs after this sale's row is inserted, so the balance already includes it. */
async function checkCreditLimit(
  tx: Tx,
  merchantId: string,
  customerId: string,
  total: number,
  offline: boolean,
): Promise<boolean> {
  const customer = await lockCustomer(tx, merchantId, customerId);
  if (customer.creditLimitPaise === null) return false;
  const after = await balanceOf(tx, merchantId, customerId);
  if (after <= customer.creditLimitPaise) return false;
  if (offline) return true;
  const due = after - total;
  throw new DomainError(
    "credit_limit_exceeded",
    `Credit limit ${formatPaise(customer.creditLimitPaise)} exceeded: ${customer.name} owes ${formatPaise(due)} and this sale is ${formatPaise(total)}`,
    { customer: "credit_limit_exceeded" },
    { limitPaise: customer.creditLimitPaise, duePaise: due, salePaise: total, customerId, customerName: customer.name },
  );
}
