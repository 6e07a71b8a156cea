// GET /api/v1/expenses?period=week|month: the customer's spending, paid and credit apart,
// in the last 12 weeks or months of their time zone, with each bucket's per-shop totals.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { customerExpenses } from "@/lib/queries/customer-expenses";
import { expensesQuery } from "@/lib/validation/customer";

export const dynamic = "force-dynamic";

const shopSchema = z.object({
  merchantId: z.string(),
  shopName: z.string(),
  paidPaise: z.number().int(),
  creditPaise: z.number().int(),
  totalPaise: z.number().int(),
});
const bucketSchema = z.object({
  start: z.string().describe("First day of the week (Monday) or month, YYYY-MM-DD in the customer's time zone"),
  paidPaise: z.number().int(),
  creditPaise: z.number().int(),
  totalPaise: z.number().int(),
  shops: z.array(shopSchema),
});

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/expenses",
    auth: ["CUSTOMER"],
    summary: "My spending by week or month (sales and credit sales, voids left out; payments are not spending)",
    tags: ["customer"],
    query: expensesQuery,
    responses: {
      200: {
        description: "Twelve buckets, oldest first; the last one holds today",
        schema: z.object({ period: z.enum(["week", "month"]), timeZone: z.string(), buckets: z.array(bucketSchema) }),
      },
    },
  },
  async ({ user, query }) => customerExpenses(user.id, query.period),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
