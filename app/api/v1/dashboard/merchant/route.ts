// GET /api/v1/dashboard/merchant: the shop's analytics for a period (the same figures as the
// analytics screen, from lib/queries/analytics), plus the count of open orders.
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { merchantDashboardSchema, toApiDashboard } from "@/lib/api/schemas/dashboard";
import { dashboard } from "@/lib/queries/analytics";
import { periodInput, resolvePeriod } from "@/lib/domain/analytics-period";
import { shopTimeZone } from "@/lib/queries/api-reads";
import { listOrdersForMerchant } from "@/lib/domain/orders";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/dashboard/merchant",
    auth: ["MERCHANT"],
    permission: "analytics_exports",
    summary:
      "The shop's dashboard: period=today | 7d (default) | 30d | month, or from/to (YYYY-MM-DD, at most 366 days)",
    tags: ["dashboard"],
    query: periodInput,
    responses: { 200: { description: "Dashboard figures", schema: merchantDashboardSchema } },
  },
  async ({ merchantId, query }) => {
    const period = resolvePeriod(query, await shopTimeZone(merchantId));
    const [figures, open] = await Promise.all([
      dashboard(merchantId, period),
      listOrdersForMerchant(merchantId, { status: "open", pageSize: 1 }),
    ]);
    return toApiDashboard(figures, open.total);
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
