// The API's list and detail reads (cursor pages, newest first), so no route handler queries
// the database itself. The caller's scope (shop or customer) always comes from the session.
import "server-only";
import { lowStockIds } from "@/lib/domain/inventory-list";
import { olderThan, type Cursor } from "@/lib/api/pagination";
import { transactionSelect } from "@/lib/api/schemas/ledger";
import { db } from "@/lib/db";
import { notFound } from "@/lib/domain/errors";
import { orderSelect, toOrderDto } from "@/lib/domain/order-queries";
import { likeContains, productSelect, toProductDto } from "@/lib/domain/product-dto";
import type { OrderStatus, Prisma, TransactionType } from "@/lib/generated/prisma/client";
import { OPEN_ORDER_STATUSES } from "@/lib/ledger-sql";

type Page = { cursor?: Cursor; limit: number };
type ApiScope = { merchantId: string } | { userId: string };

/** One page of orders (as the app reads them): the shop's, or a customer's own at every shop. */
export async function orderRows(scope: ApiScope, q: Page & { status?: OrderStatus | "open" }) {
  const where: Prisma.OrderWhereInput =
    "merchantId" in scope ? { merchantId: scope.merchantId } : { userId: scope.userId };
  const status = q.status === "open" ? { in: [...OPEN_ORDER_STATUSES] } : q.status;
  const rows = await db.order.findMany({
    where: { AND: [where, status ? { status } : {}, olderThan("placedAt", q.cursor)] },
    orderBy: [{ placedAt: "desc" }, { id: "desc" }],
    take: q.limit + 1,
    select: orderSelect,
  });
  return rows.map(toOrderDto);
}

/** One page of ledger entries: the shop's, or those on the customer's own tabs. */
export function transactionRows(
  scope: ApiScope,
  q: Page & { customerId?: string; type?: TransactionType; from?: Date; to?: Date; q?: string },
) {
  const and: Prisma.TransactionWhereInput[] = [
    "merchantId" in scope ? { merchantId: scope.merchantId } : { customer: { userId: scope.userId } },
  ];
  if (q.customerId) and.push({ customerId: q.customerId });
  if (q.type) and.push({ type: q.type });
  if (q.from) and.push({ occurredAt: { gte: q.from } });
  if (q.to) and.push({ occurredAt: { lt: q.to } });
  // q: a bill number, exactly (any case).
  if (q.q) and.push({ bill: { number: { equals: q.q, mode: "insensitive" } } });
  and.push(olderThan("occurredAt", q.cursor));
  return db.transaction.findMany({
    where: { AND: and },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: q.limit + 1,
    select: transactionSelect,
  });
}

/** One page of the shop's products (q, category, low stock, status). */
export async function productRows(
  merchantId: string,
  q: Page & { q?: string; category?: string; lowStock?: boolean; status?: "active" | "archived" | "all" },
) {
  const and: Prisma.ProductWhereInput[] = [{ merchantId }];
  if (q.status === "active") and.push({ archivedAt: null });
  if (q.status === "archived") and.push({ archivedAt: { not: null } });
  if (q.category) and.push({ category: { equals: q.category, mode: "insensitive" } });
  // The same "low" as the reorder list and the dashboard: at or under the level, out included.
  // The same "low" as the reorder list and the dashboard: at or under the level, out included.
  if (q.lowStock) and.push({ id: { in: await lowStockIds(merchantId) } });
  if (q.q) {
    // Prisma's `contains` passes % and _ through as wildcards: escape them first.
    and.push({
      OR: [{ name: { contains: likeContains(q.q).slice(1, -1), mode: "insensitive" } }, { sku: q.q }, { barcode: q.q }],
    });
  }
  and.push(olderThan("createdAt", q.cursor));
  return db.product.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.limit + 1,
    select: productSelect,
  });
}

/** A product of this shop (archived ones too), or not_found. */
export async function productById(merchantId: string, id: string) {
  const p = await db.product.findFirst({ where: { id, merchantId }, select: productSelect });
  if (!p) throw notFound("Product not found");
  return toProductDto(p);
}

/** The caller's shop as the API's /me shows it. */
export function shopForApi(merchantId: string) {
  return db.merchant.findUniqueOrThrow({
    where: { id: merchantId },
    select: {
      id: true,
      shopName: true,
      addressLine: true,
      city: true,
      phone: true,
      gstin: true,
      upiId: true,
      timeZone: true,
    },
  });
}

/** The shop's time zone (day boundaries), or not_found. */
export async function shopTimeZone(merchantId: string): Promise<string> {
  const shop = await db.merchant.findUnique({ where: { id: merchantId }, select: { timeZone: true } });
  if (!shop) throw notFound("Shop not found");
  return shop.timeZone;
}
