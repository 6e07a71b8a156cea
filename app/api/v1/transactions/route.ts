// GET /api/v1/transactions: ledger entries, newest first. A merchant sees its shop's; a
// customer sees only entries on their own tabs (Customer rows linked to them) at every shop.
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { olderThan, pageOf } from "@/lib/api/pagination";
import { toDbTxType } from "@/lib/api/schemas/enums";
import { toApiTransaction, transactionListQuery, transactionSchema, transactionSelect } from "@/lib/api/schemas/ledger";
import { pageSchema } from "@/lib/api/schemas/page-cursor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/transactions",
    auth: ["MERCHANT", "CUSTOMER"],
    summary: "Ledger entries (from, to, customerId, type, q = a bill number): the shop's, or mine at every shop",
    tags: ["khata"],
    query: transactionListQuery,
    responses: { 200: { description: "A page of entries", schema: pageSchema(transactionSchema) } },
  },
  async ({ user, merchantId, query }) => {
    // The scope comes from the caller: another shop's or another person's customerId finds nothing.
    const scope: Prisma.TransactionWhereInput = merchantId ? { merchantId } : { customer: { userId: user.id } };
    const and: Prisma.TransactionWhereInput[] = [scope];
    if (query.customerId) and.push({ customerId: query.customerId });
    if (query.type) and.push({ type: toDbTxType(query.type) });
    if (query.from) and.push({ occurredAt: { gte: query.from } });
    if (query.to) and.push({ occurredAt: { lt: query.to } });
    if (query.q) and.push({ bill: { number: { equals: query.q, mode: "insensitive" } } });
    and.push(olderThan("occurredAt", query.cursor));
    const rows = await db.transaction.findMany({
      where: { AND: and },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: query.limit + 1,
      select: transactionSelect,
    });
    return pageOf(rows, query.limit, (r) => ({ t: r.occurredAt, id: r.id }), toApiTransaction);
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
