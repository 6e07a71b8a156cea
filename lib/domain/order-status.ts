// An order's life: PLACED -> ACCEPTED -> READY -> COMPLETED, or CANCELLED from PLACED or
// ACCEPTED. Each move is a conditional UPDATE on the current status, so two tabs racing
// cannot both move it. Completing writes the one ledger entry; cancelling returns the stock.
import { db, type Tx } from "@/lib/db";
import { balanceOf, lockCustomer } from "@/lib/domain/balance";
import { DomainError, notFound } from "@/lib/domain/errors";
import { formatPaise } from "@/lib/money";
import { writeAudit } from "./audit";
import { returnStock } from "./stock";
import { getOrder, type OrderDto } from "@/lib/domain/order-queries";
import { issueSaleBill, taxOrder } from "@/lib/domain/sale-bill";
import type { OrderStatus, Role } from "@/lib/generated/prisma/client";
import { parseOrThrow } from "@/lib/validation/common";
import { orderStatusChange, type OrderStatusChange } from "@/lib/validation/order";

const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  PLACED: ["ACCEPTED", "CANCELLED"],
  ACCEPTED: ["READY", "CANCELLED"],
  READY: ["COMPLETED"],
  COMPLETED: [],
  CANCELLED: [],
};
const STAMP = { ACCEPTED: "acceptedAt", READY: "readyAt", COMPLETED: "completedAt", CANCELLED: "cancelledAt" } as const;

export const canTransition = (from: OrderStatus, to: OrderStatus) => NEXT[from].includes(to);

const refused = (from: OrderStatus, to: OrderStatus) =>
  new DomainError("invalid_transition", `Cannot move an order from ${from} to ${to}`, undefined, { from, to });

type Move = {
  merchantId: string;
  orderId: string;
  from: OrderStatus;
  to: Exclude<OrderStatus, "PLACED">;
  actorId: string;
  actorRole: Role | null;
  reason?: string;
};

async function move(m: Move): Promise<void> {
  if (!canTransition(m.from, m.to)) throw refused(m.from, m.to);
  await db.$transaction(async (tx) => {
    const now = new Date();
    const moved = await tx.order.updateMany({
      where: { id: m.orderId, merchantId: m.merchantId, status: m.from },
      data: { status: m.to, [STAMP[m.to]]: now, ...(m.to === "CANCELLED" ? { cancelReason: m.reason ?? null } : {}) },
    });
    if (moved.count === 0) {
      // Someone else moved it since we looked: report from where it is now.
      const current = await tx.order.findUnique({ where: { id: m.orderId }, select: { status: true } });
      throw refused(current?.status ?? m.from, m.to);
    }
    if (m.to === "COMPLETED") await writeLedgerEntry(tx, m.merchantId, m.orderId, m.actorId, now);
    if (m.to === "CANCELLED") await returnOrderStock(tx, m.merchantId, m.orderId, m.actorId);
    await writeAudit(tx, {
      actorId: m.actorId,
      actorRole: m.actorRole,
      merchantId: m.merchantId,
      action: "order.status",
      entity: "Order",
      entityId: m.orderId,
      before: { status: m.from },
      after: { status: m.to, ...(m.reason ? { reason: m.reason } : {}) },
    });
  });
}

/**
 * The sale enters the ledger when the goods are handed over: SALE (cash/card/UPI) or
 * CREDIT_SALE (pay later, onto the tab). Stock was already taken at checkout, so this moves
 * none. Unique orderId and clientId "order:<id>" make a second entry impossible.
 */
async function writeLedgerEntry(tx: Tx, merchantId: string, orderId: string, actorId: string, now: Date) {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      paymentMethod: true,
      totalPaise: true,
      customerId: true,
      note: true,
      items: {
        select: {
          productId: true,
          name: true,
          category: true,
          unitPricePaise: true,
          quantityMilli: true,
          unit: true,
          lineTotalPaise: true,
        },
        orderBy: { id: "asc" },
      },
    },
  });
  const payLater = order.paymentMethod === "CREDIT";
  // Pay later obeys the tab's limit when the goods are handed over too (the due may have
  // grown since checkout). The lock makes a parallel credit sale wait for this one.
  const tab = payLater ? await lockCustomer(tx, merchantId, order.customerId) : null;
  const sale = await taxOrder(tx, merchantId, order.items);
  const row = await tx.transaction.create({
    data: {
      merchantId,
      type: payLater ? "CREDIT_SALE" : "SALE",
      method: order.paymentMethod,
      amountPaise: order.totalPaise,
      customerId: order.customerId,
      clientId: `order:${orderId}`,
      orderId,
      note: order.note,
      createdById: actorId,
      occurredAt: now,
      items: { createMany: { data: sale.lines.map((i) => ({ ...i, merchantId })) } },
    },
    select: { id: true },
  });
  if (tab && tab.creditLimitPaise !== null) {
    const after = await balanceOf(tx, merchantId, order.customerId);
    if (after > tab.creditLimitPaise) throw overLimit(tab, after - order.totalPaise, order.totalPaise);
  }
  await issueSaleBill(tx, merchantId, sale, row.id, now);
}

export function overLimit(
  tab: { id: string; name: string; creditLimitPaise: number | null },
  due: number,
  amount: number,
) {
  const limit = tab.creditLimitPaise ?? 0;
  return new DomainError(
    "credit_limit_exceeded",
    `Credit limit ${formatPaise(limit)} exceeded: ${tab.name} owes ${formatPaise(due)} and this order is ${formatPaise(amount)}`,
    { paymentMethod: "credit_limit_exceeded" },
    { limitPaise: limit, duePaise: due, salePaise: amount, customerId: tab.id, customerName: tab.name },
  );
}

async function returnOrderStock(tx: Tx, merchantId: string, orderId: string, actorId: string | null) {
  const items = await tx.orderItem.findMany({
    where: { orderId, merchantId },
    select: { productId: true, quantityMilli: true },
  });
  await returnStock(tx, { merchantId, reason: "ORDER_CANCEL", refId: orderId, actorId }, items);
}

export const EXPIRED_REASON = "expired";

/**
 * The lazy sweep: this shop's PLACED orders whose hold ran out are cancelled (reason
 * "expired") and their stock returned, each in its own transaction with a conditional
 * update (a shop accepting it at the same moment wins or loses cleanly). Runs before
 * checkout, status changes and order lists read; no background process is needed.
 */
export async function expireHeldOrders(merchantId: string, now = new Date()): Promise<number> {
  const due = await db.order.findMany({
    where: { merchantId, status: "PLACED", holdExpiresAt: { lt: now } },
    select: { id: true },
    take: 100,
  });
  let expired = 0;
  for (const { id } of due) {
    expired += await db.$transaction(async (tx) => {
      const moved = await tx.order.updateMany({
        where: { id, merchantId, status: "PLACED", holdExpiresAt: { lt: now } },
        data: { status: "CANCELLED", cancelledAt: now, cancelReason: EXPIRED_REASON },
      });
      if (moved.count === 0) return 0;
      await returnOrderStock(tx, merchantId, id, null);
      await tx.auditLog.create({
        data: {
          actorId: null,
          actorRole: null,
          merchantId,
          action: "order.expired",
          entity: "Order",
          entityId: id,
          before: { status: "PLACED" },
          after: { status: "CANCELLED", reason: EXPIRED_REASON },
        },
      });
      return 1;
    });
  }
  return expired;
}

export const CANCEL_REASON_REQUIRED = "Tell the customer why the order is cancelled";

export async function changeOrderStatus(
  merchantId: string,
  actorUserId: string,
  orderId: string,
  change: OrderStatusChange,
): Promise<OrderDto> {
  const data = parseOrThrow(orderStatusChange, change);
  if (data.status === "CANCELLED" && !data.reason)
    throw new DomainError("invalid_input", CANCEL_REASON_REQUIRED, { reason: CANCEL_REASON_REQUIRED });
  await expireHeldOrders(merchantId); // an order past its hold can no longer be accepted
  const [order, actor] = await Promise.all([
    db.order.findFirst({ where: { id: orderId, merchantId }, select: { status: true } }),
    db.user.findUnique({ where: { id: actorUserId }, select: { role: true } }),
  ]);
  if (!order) throw notFound("Order not found");
  await move({
    merchantId,
    orderId,
    from: order.status,
    to: data.status,
    actorId: actorUserId,
    actorRole: actor?.role ?? null,
    reason: data.reason,
  });
  return getOrder({ merchantId }, orderId);
}

/** A customer may take back an order the shop has not accepted yet. */
export async function cancelOrderByCustomer(userId: string, orderId: string, reason?: string): Promise<OrderDto> {
  const order = await db.order.findFirst({
    where: { id: orderId, userId },
    select: { status: true, merchantId: true },
  });
  if (!order) throw notFound("Order not found");
  if (order.status !== "PLACED") throw refused(order.status, "CANCELLED");
  const why = reason?.trim().slice(0, 200) || "Cancelled by the customer";
  await move({
    merchantId: order.merchantId,
    orderId,
    from: "PLACED",
    to: "CANCELLED",
    actorId: userId,
    actorRole: "CUSTOMER",
    reason: why,
  });
  return getOrder({ userId }, orderId);
}
