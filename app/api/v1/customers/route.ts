// GET /api/v1/customers: the shop's credit tabs with each one's due (computed in SQL by
// listCustomers), by name, due or recent activity.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { customerListQuery, customerRowSchema, toApiCustomerRow } from "@/lib/api/schemas/customer";
import { pageRequest, pageResult } from "@/lib/api/schemas/page-cursor";
import { listCustomers } from "@/lib/domain/ledger";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/customers",
    auth: ["MERCHANT"],
    summary: "The shop's customers (credit tabs) with balances (q, sort: name | due | recent)",
    tags: ["khata"],
    query: customerListQuery,
    responses: {
      200: {
        description: "A page of tabs, and the total due over every tab matching q",
        schema: z.object({
          items: z.array(customerRowSchema),
          nextCursor: z.string().nullable(),
          totalDuePaise: z.number().int().describe("Each matching tab's due, added (advances never net against dues)"),
          totalAdvancePaise: z.number().int().describe("What the shop owes matching tabs that paid ahead"),
        }),
      },
    },
  },
  async ({ merchantId, query }) => {
    const { page, pageSize } = pageRequest(query);
    const r = await listCustomers(merchantId, { q: query.q, sort: query.sort, page, pageSize });
    return {
      ...pageResult({ ...r, items: r.rows }, toApiCustomerRow),
      totalDuePaise: r.totalDuePaise,
      totalAdvancePaise: r.totalAdvancePaise,
    };
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
