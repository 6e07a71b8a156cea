// GET /api/v1/transactions: ledger entries, newest first. A merchant sees its shop's; a
// customer sees only entries on their own tabs (Customer rows linked to them) at every shop.
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { pageOf } from "@/lib/api/pagination";
import { toDbTxType } from "@/lib/api/schemas/enums";
import { toApiTransaction, transactionListQuery, transactionSchema } from "@/lib/api/schemas/ledger";
import { pageSchema } from "@/lib/api/schemas/page-cursor";
import { transactionRows } from "@/lib/queries/api-reads";

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
    const rows = await transactionRows(merchantId ? { merchantId } : { userId: user.id }, {
      ...query,
      type: query.type ? toDbTxType(query.type) : undefined,
    });
    return pageOf(rows, query.limit, (r) => ({ t: r.occurredAt, id: r.id }), toApiTransaction);
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
