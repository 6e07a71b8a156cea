// Reading orders: one DTO shape for the merchant's inbox and the customer's history. Every
// read is scoped: a merchant sees its shop's orders, a customer only their own.
import { db } from "@/lib/db";
import { notFound } from "@/lib/domain/errors";
import { expireHeldOrders } from "@/lib/domain/order-status";
import type { OrderStatus, PaymentMethod, Prisma, Unit } from "@/lib/generated/prisma/client";
import { OPEN_ORDER_STATUSES } from "@/lib/ledger-sql";

export type OrderItemDto = {
  id: string;
  productId: string;
  name: string;
  category: string;
  unitPricePaise: number;
  /** Decimal (0.25) for JSON; quantityMilli is exact. */
  quantity: number;
  quantityMilli: number;
  unit: Unit;
  lineTotalPaise: number;
};

export type OrderDto = {
  id: string;
  merchantId: string;
  shopName: string;
  customerId: string;
  customerName: string;
  userId: string;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  /** CREDIT: the bill goes on the customer's tab when the order is completed. */
  payLater: boolean;
  totalPaise: number;
  clientId: string;
  note: string | null;
  cancelReason: string | null;
  placedAt: Date;
  acceptedAt: Date | null;
  readyAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  /** The ledger entry written on completion. */
  transactionId: string | null;
  items: OrderItemDto[];
};

export type OrderPage = { items: OrderDto[]; total: number; page: number; pageSize: number; pageCount: number };

export type OrderScope = { merchantId: string } | { userId: string };

/** What every order read selects (the inbox, the history, the API's keyset pages). */
export const orderSelect = {
  id: true,
  merchantId: true,
  customerId: true,
  userId: true,
  status: true,
  paymentMethod: true,
  totalPaise: true,
  clientId: true,
  note: true,
  cancelReason: true,
  placedAt: true,
  acceptedAt: true,
  readyAt: true,
  completedAt: true,
  cancelledAt: true,
  merchant: { select: { shopName: true } },
  customer: { select: { name: true } },
  transaction: { select: { id: true } },
  items: {
    select: {
      id: true,
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
} satisfies Prisma.OrderSelect;

type OrderRow = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

export function toOrderDto(o: OrderRow): OrderDto {
  const { merchant, customer, transaction, items, ...rest } = o;
  return {
    ...rest,
    items: items.map((i) => ({ ...i, quantity: i.quantityMilli / 1000 })),
    shopName: merchant.shopName,
    customerName: customer.name,
    payLater: o.paymentMethod === "CREDIT",
    transactionId: transaction?.id ?? null,
  };
}

function scopeWhere(scope: OrderScope): Prisma.OrderWhereInput {
  // Exactly one key, checked at run time too: an empty scope must never mean "everything".
  if ("merchantId" in scope && scope.merchantId) return { merchantId: scope.merchantId };
  if ("userId" in scope && scope.userId) return { userId: scope.userId };
  throw new Error("order scope needs a merchantId or a userId");
}

/** Another shop's or another customer's order is not_found, never someone else's row. */
export async function getOrder(scope: OrderScope, orderId: string): Promise<OrderDto> {
  const o = await db.order.findFirst({ where: { id: orderId, ...scopeWhere(scope) }, select: orderSelect });
  if (!o) throw notFound("Order not found");
  return toOrderDto(o);
}

/** Only for callers that have already checked ownership (e.g. right after a scoped write). */
export async function findOrderByClientId(merchantId: string, clientId: string): Promise<OrderDto | null> {
  const o = await db.order.findUnique({
    where: { merchantId_clientId: { merchantId, clientId } },
    select: orderSelect,
  });
  return o ? toOrderDto(o) : null;
}

async function page(where: Prisma.OrderWhereInput, pageNo = 1, pageSize = 20): Promise<OrderPage> {
  const size = Math.min(Math.max(Math.trunc(pageSize) || 20, 1), 100);
  const p = Math.max(Math.trunc(pageNo) || 1, 1);
  const [rows, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: [{ placedAt: "desc" }, { id: "desc" }],
      skip: (p - 1) * size,
      take: size,
      select: orderSelect,
    }),
    db.order.count({ where }),
  ]);
  return {
    items: rows.map(toOrderDto),
    total,
    page: p,
    pageSize: size,
    pageCount: Math.max(1, Math.ceil(total / size)),
  };
}

/** The shop's orders, newest first; status "open" = placed, accepted or ready. */
export async function listOrdersForMerchant(
  merchantId: string,
  opts: { status?: OrderStatus | "open"; page?: number; pageSize?: number } = {},
): Promise<OrderPage> {
  const status = opts.status === "open" ? { in: [...OPEN_ORDER_STATUSES] } : opts.status;
  await expireHeldOrders(merchantId); // the shop never sees an order it can no longer accept
  return page({ merchantId, ...(status ? { status } : {}) }, opts.page, opts.pageSize);
}

/** A customer's orders at every shop, newest first. */
export async function listOrdersForCustomer(
  userId: string,
  opts: { page?: number; pageSize?: number } = {},
): Promise<OrderPage> {
  return page({ userId }, opts.page, opts.pageSize);
}
