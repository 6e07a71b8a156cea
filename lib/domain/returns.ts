// Returns: goods come back against one sale -> a RETURN ledger row, stock back, money back
// (cash, UPI, card, or onto the tab), and a credit note from its own series that names the
// original bill (CGST Act s.34). Never more than was sold, less earlier returns: the sale's
// row is locked first, so two returns of the same sale at once cannot both pass the check.
// Idempotent by the device's clientId.
import { db, type Tx } from "@/lib/db";
import { parseOrThrow } from "@/lib/validation/common";
import { returnInput, type ReturnInputRaw } from "@/lib/validation/return";
import { writeAudit } from "./audit";
import { lockCustomer } from "./balance";
import { billSelect, issueBill, loadShopTax, toBillDto, type BillDto } from "./bill-issue";
import { DomainError, isUniqueViolation } from "./errors";
import { computeBillTax } from "./gst-tax";
import { creditNoteAllowed, creditNoteLastDay } from "@/lib/gst/deadlines";
import { toMilli } from "@/lib/quantity";

export type ReturnResult = {
  id: string;
  saleId: string;
  amountPaise: number;
  method: "CASH" | "CARD" | "UPI" | "CREDIT";
  creditNote: BillDto;
  replayed?: boolean;
};

const REFUND_METHOD = { cash: "CASH", upi: "UPI", card: "CARD", tab: "CREDIT" } as const;

/** `part` of `whole` units of an amount, rounded half up; prorate(a, n, n) = a exactly. */
const prorate = (amount: number, part: number, whole: number) => Math.floor((2 * amount * part + whole) / (2 * whole));

export async function recordReturn(
  merchantId: string,
  actorUserId: string,
  saleId: string,
  raw: ReturnInputRaw,
): Promise<ReturnResult> {
  const input = parseOrThrow(returnInput, raw);
  try {
    return await db.$transaction((tx) => writeReturn(tx, merchantId, actorUserId, saleId, input), {
      timeout: 15_000,
      maxWait: 15_000,
    });
  } catch (err) {
    if (isUniqueViolation(err) || err instanceof DomainError) {
      const first = await findReplay(merchantId, saleId, input.clientId);
      if (first) return first;
    }
    throw err;
  }
}

async function findReplay(merchantId: string, saleId: string, clientId: string): Promise<ReturnResult | null> {
  const t = await db.transaction.findUnique({
    where: { merchantId_clientId: { merchantId, clientId } },
    select: { id: true, type: true, returnOfId: true, amountPaise: true, method: true, bill: { select: billSelect } },
  });
  if (!t) return null;
  if (t.type !== "RETURN" || t.returnOfId !== saleId || !t.bill)
    throw new DomainError("conflict", "This client id was already used for another entry", {
      clientId: "Already used",
    });
  return {
    id: t.id,
    saleId,
    amountPaise: t.amountPaise,
    method: t.method,
    creditNote: toBillDto(t.bill),
    replayed: true,
  };
}

async function writeReturn(
  tx: Tx,
  merchantId: string,
  actorUserId: string,
  saleId: string,
  input: ReturnType<typeof returnInput.parse>,
): Promise<ReturnResult> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Transaction" WHERE "id" = ${saleId} AND "merchantId" = ${merchantId} FOR UPDATE`;
  if (!locked.length) throw new DomainError("not_found", "Sale not found");
  const sale = await tx.transaction.findUniqueOrThrow({
    where: { id: saleId },
    select: {
      type: true,
      customerId: true,
      guestId: true,
      voidedBy: { select: { id: true } },
      bill: {
        select: {
          id: true,
          kind: true,
          issuedAt: true,
          igstPaise: true,
          placeOfSupply: true,
          buyerGstin: true,
          buyerName: true,
          buyerAddress: true,
        },
      },
      items: true,
      returns: { select: { items: { select: { productId: true, quantityMilli: true } } } },
    },
  });
  if (sale.type !== "SALE" && sale.type !== "CREDIT_SALE")
    throw new DomainError("invalid_transition", "Only a sale can be returned");
  if (sale.voidedBy) throw new DomainError("invalid_transition", "This sale was voided");
  // A credit note lowers the tax of a tax invoice, which the law allows only until 30 November
  // after the bill's financial year (s.34(2)): later, refuse rather than issue a note whose tax
  // cannot be claimed back. A bill without tax (plain bill, bill of supply) has no such limit.
  const shop = await loadShopTax(tx, merchantId);
  if (sale.bill?.kind === "TAX_INVOICE" && !creditNoteAllowed(sale.bill.issuedAt, new Date(), shop.timeZone))
    throw new DomainError(
      "credit_note_too_late",
      `A credit note against this bill was due by ${creditNoteLastDay(sale.bill.issuedAt, shop.timeZone)}`,
      { saleId: "credit_note_too_late" },
      { lastDay: creditNoteLastDay(sale.bill.issuedAt, shop.timeZone) },
    );
  const method = REFUND_METHOD[input.refund];
  if (method === "CREDIT" && !sale.customerId)
    throw new DomainError("invalid_input", "A walk-in sale has no tab to refund onto", { refund: "return_no_tab" });

  const returned = new Map<string, number>();
  for (const r of sale.returns)
    for (const i of r.items)
      if (i.productId) returned.set(i.productId, (returned.get(i.productId) ?? 0) + i.quantityMilli);

  // Quantities in milli-units (0.250 kg = 250), exact: the schema allowed at most 3 decimals.
  const lines = input.items.map((want) => {
    const sold = sale.items.find((i) => i.productId === want.productId);
    const before = returned.get(want.productId) ?? 0;
    const returnable = (sold?.quantityMilli ?? 0) - before;
    const wantMilli = toMilli(want.quantity)!;
    if (!sold || wantMilli > returnable)
      throw new DomainError(
        "return_exceeds_sale",
        "Cannot return more than was sold, less earlier returns",
        { items: "return_exceeds_sale" },
        { productId: want.productId, returnable: Math.max(returnable, 0) / 1000 },
      );
    // This return's share of what the line cost after discounts: the returns of a whole line
    // add up to exactly its amount.
    const net = sold.lineTotalPaise - sold.discountPaise;
    const refund = prorate(net, before + wantMilli, sold.quantityMilli) - prorate(net, before, sold.quantityMilli);
    return { sold, quantityMilli: wantMilli, refund };
  });
  const tax = computeBillTax(
    lines.map((l) => ({ amountPaise: l.refund, rateBp: l.sold.gstRateBp })),
    { chargeTax: true, interState: (sale.bill?.igstPaise ?? 0) > 0, roundOff: false },
  );
  if (tax.totalPaise <= 0) throw new DomainError("invalid_input", "Nothing to refund", { items: "return_nothing" });

  const row = await tx.transaction.create({
    data: {
      merchantId,
      type: "RETURN",
      method,
      amountPaise: tax.totalPaise,
      customerId: sale.customerId,
      guestId: sale.guestId,
      clientId: input.clientId,
      returnOfId: saleId,
      note: input.note || null,
      createdById: actorUserId,
    },
    select: { id: true, occurredAt: true },
  });
  await tx.transactionItem.createMany({
    data: lines.map((l, i) => ({
      transactionId: row.id,
      merchantId,
      productId: l.sold.productId,
      name: l.sold.name,
      category: l.sold.category,
      unitPricePaise: l.sold.unitPricePaise,
      quantityMilli: l.quantityMilli,
      unit: l.sold.unit,
      lineTotalPaise: l.refund,
      hsn: l.sold.hsn,
      gstRateBp: l.sold.gstRateBp,
      taxablePaise: tax.lines[i]!.taxablePaise,
      taxPaise: tax.lines[i]!.taxPaise,
    })),
  });
  await restock(tx, merchantId, actorUserId, row.id, lines);
  if (sale.customerId) await lockCustomer(tx, merchantId, sale.customerId);
  await writeAudit(tx, {
    actorId: actorUserId,
    actorRole: "MERCHANT",
    merchantId,
    action: "sale.return",
    entity: "Transaction",
    entityId: saleId,
    after: { returnId: row.id, amountPaise: tax.totalPaise, refund: input.refund },
  });
  const creditNote = await issueBill(tx, shop, {
    merchantId,
    transactionId: row.id,
    issuedAt: row.occurredAt,
    kind: "CREDIT_NOTE",
    tax,
    buyer: sale.bill?.buyerName
      ? { gstin: sale.bill.buyerGstin, name: sale.bill.buyerName, address: sale.bill.buyerAddress }
      : null,
    placeOfSupply: sale.bill?.placeOfSupply ?? shop.stateCode,
    originalBillId: sale.bill?.id ?? null,
  });
  return { id: row.id, saleId, amountPaise: tax.totalPaise, method, creditNote };
}

/** Stock back per product, in id order (the fixed lock order of every stock write). */
async function restock(
  tx: Tx,
  merchantId: string,
  actorUserId: string,
  returnId: string,
  lines: { sold: { productId: string | null }; quantityMilli: number }[],
) {
  const stocked = lines
    .filter((l) => l.sold.productId !== null)
    .map((l) => ({ productId: l.sold.productId!, quantityMilli: l.quantityMilli }))
    .sort((a, b) => (a.productId < b.productId ? -1 : 1));
  for (const l of stocked)
    await tx.$executeRaw`
      UPDATE "Product" SET "stockMilli" = "stockMilli" + ${l.quantityMilli}, "updatedAt" = now()
       WHERE "id" = ${l.productId} AND "merchantId" = ${merchantId}`;
  if (stocked.length)
    await tx.stockMovement.createMany({
      data: stocked.map((l) => ({
        merchantId,
        productId: l.productId,
        quantityMilli: l.quantityMilli,
        reason: "RETURNED" as const,
        refId: returnId,
        createdById: actorUserId,
      })),
    });
}
