// GET /api/v1/me/data: everything kept about the signed-in customer (DPDP s.11), as the
// profile's "Download my data" gives it.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { downloadMyData } from "@/lib/usecases/my-data";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/me/data",
    auth: ["CUSTOMER"],
    summary: "Download my data: account, tabs with bills and payments, orders, claims, disputes, reminders, devices",
    tags: ["account"],
    responses: {
      200: { description: "The customer's data (money in paise)", schema: z.record(z.string(), z.unknown()) },
    },
  },
  async ({ user }) => downloadMyData({ userId: user.id }),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
