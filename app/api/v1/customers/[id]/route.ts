// GET /api/v1/customers/{id}: one tab's statement (customerStatement): every credit sale,
// payment and void with a running balance, and each bill's oldest-first settlement.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { statementSchema, toApiStatement } from "@/lib/api/schemas/customer";
import { customerStatement } from "@/lib/domain/ledger";
import { entityId } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/customers/{id}",
    auth: ["MERCHANT"],
    summary: "A customer's statement at this shop: balance, entries and bill states",
    tags: ["khata"],
    params: z.object({ id: entityId }),
    responses: { 200: { description: "The statement", schema: statementSchema } },
  },
  async ({ merchantId, params }) => toApiStatement(await customerStatement(merchantId, params.id)),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
