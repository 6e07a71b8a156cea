// GET /api/v1/dashboard/customer: the customer home screen's figures (customerHomeFigures).
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { customerDashboardSchema } from "@/lib/api/schemas/dashboard";
import { customerHomeFigures } from "@/lib/queries/home";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/dashboard/customer",
    auth: ["CUSTOMER"],
    summary: "My dashboard: total due at every shop and how many shops keep a tab for me",
    description: "Per-shop dues and bills: GET /api/v1/bills; spending by week or month: GET /api/v1/expenses.",
    tags: ["dashboard"],
    responses: { 200: { description: "Dashboard figures", schema: customerDashboardSchema } },
  },
  async ({ user }) => {
    const f = await customerHomeFigures(user.id);
    return { duePaise: f.duePaise, advancePaise: f.advancePaise, shopCount: f.shops };
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
