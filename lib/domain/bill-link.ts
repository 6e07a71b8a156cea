// Public bill links: one bill, readable without signing in (a walk-in customer has no
// account). The token is "<billId>.<HMAC-SHA256>" keyed by AUTH_SECRET, checked in constant
// time; the Bill row's linkRevokedAt turns a link off for good. Like the statement links, the
// link shows that one document and nothing else of the shop or the customer.
import { db } from "@/lib/db";
import { writeAudit } from "./audit";
import { billSelect, toBillDto, type BillDto } from "./bill-issue";
import { billLinkPath, verifyBillToken } from "./bill-token";
import { DomainError } from "./errors";

export { billLinkPath };
import {
  receiptInclude,
  shopHeaderSelect,
  toSaleReceipt,
  toShopHeader,
  type SaleReceiptWithShop,
} from "./sale-receipt";

export type PublicBill = {
  bill: BillDto;
  sale: Omit<SaleReceiptWithShop, "customer"> & { customerName: string | null };
  original: { number: string } | null;
  shopExtras: {
    upiId: string | null;
    upiPayeeName: string | null;
    timeZone: string;
    gstStatus: string;
    stateCode: string | null;
    receiptLocale: string | null;
  };
};

/** What a bill link shows; null for a tampered or revoked link. */
export async function readPublicBill(token: string): Promise<PublicBill | null> {
  const id = verifyBillToken(token);
  if (!id) return null;
  const row = await db.bill.findUnique({
    where: { id },
    select: {
      ...billSelect,
      linkRevokedAt: true,
      transaction: {
        include: {
          ...receiptInclude,
          returnOf: { include: receiptInclude },
          merchant: {
            select: {
              ...shopHeaderSelect,
              upiId: true,
              upiPayeeName: true,
              timeZone: true,
              gstStatus: true,
              stateCode: true,
              receiptLocale: true,
            },
          },
        },
      },
    },
  });
  if (!row || row.linkRevokedAt) return null;
  const t = row.transaction;
  // A credit note's items are its returned lines; its header is the original sale's shape.
  const receipt = toSaleReceipt(t.type === "RETURN" ? { ...t, type: "SALE" } : t);
  const original = row.originalBillId
    ? await db.bill.findUnique({ where: { id: row.originalBillId }, select: { number: true } })
    : null;
  const { customer, ...rest } = receipt;
  const m = t.merchant;
  return {
    bill: toBillDto(row),
    // A phone number is not the public's business: the customer's name only.
    sale: { ...rest, customerName: customer?.name ?? null, shop: toShopHeader(m) },
    original,
    shopExtras: {
      upiId: m.upiId,
      upiPayeeName: m.upiPayeeName,
      timeZone: m.timeZone,
      gstStatus: m.gstStatus,
      stateCode: m.stateCode,
      receiptLocale: m.receiptLocale,
    },
  };
}

/** Turn a bill's public link off. Idempotent; another shop's bill is not_found. */
export async function revokeBillLink(merchantId: string, actorUserId: string, billId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const bill = await tx.bill.findFirst({
      where: { id: billId, merchantId },
      select: { id: true, linkRevokedAt: true },
    });
    if (!bill) throw new DomainError("not_found", "Bill not found");
    if (bill.linkRevokedAt) return;
    const at = new Date();
    await tx.bill.update({ where: { id: bill.id }, data: { linkRevokedAt: at } });
    await writeAudit(tx, {
      actorId: actorUserId,
      actorRole: "MERCHANT",
      merchantId,
      action: "bill_link.revoke",
      entity: "Bill",
      entityId: bill.id,
      after: { linkRevokedAt: at.toISOString() },
    });
  });
}
