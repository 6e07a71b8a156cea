// Reads for the order screens: the merchant's inbox and the customer's history. Scoping
// (a shop sees its orders, a customer their own) is the domain's; a miss becomes null (404).
import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import {
  getOrder,
  listOrdersForCustomer,
  listOrdersForMerchant,
  type OrderDto,
  type OrderScope,
} from "@/lib/domain/orders";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { OPEN_ORDER_STATUSES } from "@/lib/ledger-sql";
import { param, readParams, type SearchParams } from "@/lib/url-params";
import { z } from "zod";

export const ORDER_TABS = ["open", "completed", "cancelled", "all"] as const;
export type OrderTab = (typeof ORDER_TABS)[number];
export const ORDERS_PAGE_SIZE = 20;

const orderFilter = z.object({ tab: param.oneOf(ORDER_TABS, "open"), page: param.page });

export function orderFilterFrom(params: SearchParams): { tab: OrderTab; page: number } {
  return readParams(orderFilter, params);
}

const TAB_STATUS: Record<OrderTab, OrderStatus | "open" | undefined> = {
  open: "open",
  completed: "COMPLETED",
  cancelled: "CANCELLED",
  all: undefined,
};

export function getMerchantOrders(merchantId: string, f: { tab: OrderTab; page: number }) {
  return listOrdersForMerchant(merchantId, { status: TAB_STATUS[f.tab], page: f.page, pageSize: ORDERS_PAGE_SIZE });
}

/** How many orders wait for the shop (the tab's badge). */
export function countOpenOrders(merchantId: string) {
  return db.order.count({ where: { merchantId, status: { in: [...OPEN_ORDER_STATUSES] } } });
}

export function getCustomerOrders(userId: string, page: number) {
  return listOrdersForCustomer(userId, { page, pageSize: ORDERS_PAGE_SIZE });
}

async function scoped(scope: OrderScope, orderId: string): Promise<OrderDto | null> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(orderId)) return null;
  try {
    return await getOrder(scope, orderId);
  } catch (err) {
    if (err instanceof DomainError && err.code === "not_found") return null;
    throw err;
  }
}

export const getMerchantOrder = (merchantId: string, orderId: string) => scoped({ merchantId }, orderId);

export type CustomerOrderView = OrderDto & {
  shop: {
    upiId: string | null;
    upiPayeeName: string | null;
    shopName: string;
    phone: string | null;
    addressLine: string | null;
    city: string | null;
  };
};

/** The customer's own order with what they need to pay and collect it (UPI id, address). */
export async function getCustomerOrder(userId: string, orderId: string): Promise<CustomerOrderView | null> {
  const order = await scoped({ userId }, orderId);
  if (!order) return null;
  const shop = await db.merchant.findUnique({
    where: { id: order.merchantId },
    select: { upiId: true, upiPayeeName: true, shopName: true, phone: true, addressLine: true, city: true },
  });
  if (!shop) return null;
  return { ...order, shop };
}
