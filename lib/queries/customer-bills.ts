// The customer's side of the khata: what they owe at every shop and, per shop, each credit
// sale as a bill. Dues come from balanceOf and bill states from customerStatement (the same
// FIFO allocation the merchant sees), so the two sides can never disagree.
import "server-only";
import { db } from "@/lib/db";
import type { ClaimStatus, PaymentMethod, Unit } from "@/lib/generated/prisma/client";
import { sumTabs } from "@/lib/ledger-sql";
import { balanceOf } from "@/lib/domain/balance";
import { DomainError } from "@/lib/domain/errors";
import { customerStatement, type BillStatus } from "@/lib/domain/statement";

export type ShopUpi = { upiId: string; payeeName: string | null };

export type ShopDue = {
  customerId: string;
  merchantId: string;
  shopName: string;
  city: string | null;
  duePaise: number;
  /** Claimed by the customer ("I have paid") and not yet confirmed or rejected by the shop. */
  pendingClaimPaise: number;
  upi: ShopUpi | null;
};

export type DuesOverview = {
  shops: ShopDue[];
  totalDuePaise: number;
  totalAdvancePaise: number;
  pendingClaimPaise: number;
};

/** Every shop that keeps a tab for this user, most owed first. */
export async function duesByShop(userId: string): Promise<DuesOverview> {
  const tabs = await db.customer.findMany({
    where: { userId },
    select: {
      id: true,
      merchantId: true,
      merchant: { select: { shopName: true, city: true, upiId: true, upiPayeeName: true } },
    },
  });
  const pending = await db.paymentClaim.groupBy({
    by: ["customerId"],
    where: { userId, status: "PENDING" },
    _sum: { amountPaise: true },
  });
  const pendingBy = new Map(pending.map((p) => [p.customerId, p._sum.amountPaise ?? 0]));
  const shops = await Promise.all(
    tabs.map(async (c): Promise<ShopDue> => ({
      customerId: c.id,
      merchantId: c.merchantId,
      shopName: c.merchant.shopName,
      city: c.merchant.city,
      duePaise: await balanceOf(db, c.merchantId, c.id),
      pendingClaimPaise: pendingBy.get(c.id) ?? 0,
      upi: c.merchant.upiId ? { upiId: c.merchant.upiId, payeeName: c.merchant.upiPayeeName } : null,
    })),
  );
  shops.sort((a, b) => b.duePaise - a.duePaise || a.shopName.localeCompare(b.shopName));
  const totals = sumTabs(shops.map((s) => s.duePaise));
  return {
    shops,
    totalDuePaise: totals.duePaise,
    totalAdvancePaise: totals.advancePaise,
    pendingClaimPaise: shops.reduce((s, x) => s + x.pendingClaimPaise, 0),
  };
}

export type BillItem = { name: string; quantityMilli: number; unit: Unit; lineTotalPaise: number };
export type EntryDisputeMark = { id: string; note: string; createdAt: Date; resolvedAt: Date | null };
export type CustomerBill = {
  id: string;
  occurredAt: Date;
  amountPaise: number;
  paidPaise: number;
  duePaise: number;
  status: BillStatus;
  note: string | null;
  items: BillItem[];
  disputes: EntryDisputeMark[];
};
export type CustomerPayment = {
  id: string;
  occurredAt: Date;
  amountPaise: number;
  method: PaymentMethod;
  disputes: EntryDisputeMark[];
};
export type CustomerClaim = {
  id: string;
  amountPaise: number;
  status: ClaimStatus;
  note: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
};

export type ShopBills = {
  customerId: string;
  shop: { merchantId: string; shopName: string; city: string | null; phone: string | null; upi: ShopUpi | null };
  duePaise: number;
  advancePaise: number;
  pendingClaimPaise: number;
  /** Newest first. */
  bills: CustomerBill[];
  payments: CustomerPayment[];
  claims: CustomerClaim[];
};

/**
 * One shop's bills for the user who owns this tab. Another user's tab (or a made-up id) is
 * not_found: the id alone never reveals anything.
 */
export async function shopBillsForUser(userId: string, customerId: string): Promise<ShopBills> {
  const tab = await db.customer.findFirst({
    where: { id: customerId, userId },
    select: {
      id: true,
      merchantId: true,
      merchant: { select: { shopName: true, city: true, phone: true, upiId: true, upiPayeeName: true } },
    },
  });
  if (!tab) throw new DomainError("not_found", "Bill not found");
  const statement = await customerStatement(tab.merchantId, tab.id);
  const ids = statement.entries.map((e) => e.id);
  const [items, disputes, claims] = await Promise.all([
    ids.length
      ? db.transactionItem.findMany({
          where: { merchantId: tab.merchantId, transactionId: { in: ids } },
          orderBy: { id: "asc" },
          select: { transactionId: true, name: true, quantityMilli: true, unit: true, lineTotalPaise: true },
        })
      : [],
    ids.length
      ? db.dispute.findMany({
          where: { merchantId: tab.merchantId, userId, transactionId: { in: ids } },
          orderBy: { createdAt: "asc" },
          select: { id: true, transactionId: true, note: true, createdAt: true, resolvedAt: true },
        })
      : [],
    db.paymentClaim.findMany({
      where: { customerId: tab.id, userId },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, amountPaise: true, status: true, note: true, createdAt: true, resolvedAt: true },
    }),
  ]);
  const itemsBy = new Map<string, BillItem[]>();
  for (const i of items) {
    const list = itemsBy.get(i.transactionId) ?? [];
    list.push({ name: i.name, quantityMilli: i.quantityMilli, unit: i.unit, lineTotalPaise: i.lineTotalPaise });
    itemsBy.set(i.transactionId, list);
  }
  const disputesBy = new Map<string, EntryDisputeMark[]>();
  for (const d of disputes) {
    const list = disputesBy.get(d.transactionId) ?? [];
    list.push({ id: d.id, note: d.note, createdAt: d.createdAt, resolvedAt: d.resolvedAt });
    disputesBy.set(d.transactionId, list);
  }

  const bills: CustomerBill[] = [];
  const payments: CustomerPayment[] = [];
  for (const e of [...statement.entries].reverse()) {
    if (e.type === "CREDIT_SALE" && e.bill) {
      bills.push({
        id: e.id,
        occurredAt: e.occurredAt,
        amountPaise: e.amountPaise,
        paidPaise: e.bill.paidPaise,
        duePaise: e.bill.duePaise,
        status: e.bill.status,
        note: e.note,
        items: itemsBy.get(e.id) ?? [],
        disputes: disputesBy.get(e.id) ?? [],
      });
    } else if (e.type === "PAYMENT") {
      payments.push({
        id: e.id,
        occurredAt: e.occurredAt,
        amountPaise: e.amountPaise,
        method: e.method,
        disputes: disputesBy.get(e.id) ?? [],
      });
    }
  }
  const m = tab.merchant;
  return {
    customerId: tab.id,
    shop: {
      merchantId: tab.merchantId,
      shopName: m.shopName,
      city: m.city,
      phone: m.phone,
      upi: m.upiId ? { upiId: m.upiId, payeeName: m.upiPayeeName } : null,
    },
    duePaise: statement.balancePaise,
    advancePaise: statement.advancePaise,
    pendingClaimPaise: claims.filter((c) => c.status === "PENDING").reduce((s, c) => s + c.amountPaise, 0),
    bills,
    payments,
    claims,
  };
}

/** What the customer may still claim to have paid: the due less claims the shop has not answered. */
export const payableAfterClaims = (b: Pick<ShopBills, "duePaise" | "pendingClaimPaise">) =>
  Math.max(b.duePaise - b.pendingClaimPaise, 0);
