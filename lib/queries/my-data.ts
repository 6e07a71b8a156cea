// Everything GraminStore keeps about a customer, for them to download (DPDP Act 2023, s.11:
// the right to a summary of one's personal data): the account, each tab at each shop with
// its bills and payments, orders, payment claims, disputes, reminders received, devices
// taking notifications and deletion requests. Their own data only (by userId).
import "server-only";
import { db } from "@/lib/db";

export async function exportMyData(userId: string) {
  const [account, tabs, orders, claims, disputes, devices, deletionRequests] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        name: true,
        email: true,
        phone: true,
        address: true,
        dateOfBirth: true,
        locale: true,
        timeZone: true,
        createdAt: true,
      },
    }),
    db.customer.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        name: true,
        phone: true,
        creditLimitPaise: true,
        createdAt: true,
        merchant: { select: { shopName: true, city: true } },
        transactions: {
          orderBy: { occurredAt: "asc" },
          select: {
            id: true,
            type: true,
            method: true,
            amountPaise: true,
            occurredAt: true,
            note: true,
            voidsId: true,
            items: {
              select: { name: true, quantityMilli: true, unit: true, unitPricePaise: true, lineTotalPaise: true },
            },
          },
        },
        reminders: { orderBy: { createdAt: "asc" }, select: { duePaise: true, createdAt: true } },
      },
    }),
    db.order.findMany({
      where: { userId },
      orderBy: { placedAt: "asc" },
      select: {
        id: true,
        status: true,
        paymentMethod: true,
        totalPaise: true,
        note: true,
        placedAt: true,
        merchant: { select: { shopName: true } },
        items: { select: { name: true, quantityMilli: true, unit: true, unitPricePaise: true, lineTotalPaise: true } },
      },
    }),
    db.paymentClaim.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { amountPaise: true, status: true, note: true, createdAt: true, resolvedAt: true },
    }),
    db.dispute.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { transactionId: true, note: true, createdAt: true, resolvedAt: true },
    }),
    db.pushSubscription.findMany({ where: { userId }, select: { endpoint: true, createdAt: true } }),
    db.tabDeletionRequest.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { customerId: true, status: true, outcome: true, createdAt: true, resolvedAt: true },
    }),
  ]);
  return {
    exportedAt: new Date(),
    moneyIn: "paise (1 rupee = 100 paise)",
    account,
    tabs: tabs.map(({ merchant, ...t }) => ({ shop: merchant.shopName, city: merchant.city, ...t })),
    orders: orders.map(({ merchant, ...o }) => ({ shop: merchant.shopName, ...o })),
    paymentClaims: claims,
    disputes,
    // Only where the push service is: the full endpoint is a device secret.
    notificationDevices: devices.map((d) => ({ service: new URL(d.endpoint).host, since: d.createdAt })),
    deletionRequests,
  };
}

/** Deletion requests waiting at a shop (optionally for one tab), oldest first. */
export function pendingDeletionRequests(merchantId: string, customerId?: string) {
  return db.tabDeletionRequest.findMany({
    where: { merchantId, status: "PENDING", ...(customerId ? { customerId } : {}) },
    orderBy: { createdAt: "asc" },
    select: { id: true, customerId: true, status: true, createdAt: true },
  });
}

/** The customer's latest deletion request for one of their tabs, if any. */
export function myDeletionRequest(userId: string, customerId: string) {
  return db.tabDeletionRequest.findFirst({
    where: { userId, customerId },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, outcome: true, createdAt: true },
  });
}

/** For the shop's tab page: the waiting request, if any, and whether the tab has bills. */
export async function tabDeletionView(merchantId: string, customerId: string) {
  const [request] = await pendingDeletionRequests(merchantId, customerId);
  if (!request) return null;
  const [bills, orders] = await Promise.all([
    db.transaction.count({ where: { merchantId, customerId } }),
    db.order.count({ where: { merchantId, customerId } }),
  ]);
  return { requestId: request.id, hasBills: bills + orders > 0 };
}
