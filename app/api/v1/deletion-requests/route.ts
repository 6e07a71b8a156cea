// POST /api/v1/deletion-requests {customerId}: the customer asks the shop to delete their tab
// (DPDP s.12). GET: the shop's requests waiting to be carried out.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { askToDeleteTab, pendingDeletions } from "@/lib/usecases/my-data";
import { tabDeletionInput } from "@/lib/validation/reminders";

export const dynamic = "force-dynamic";

const requestSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  status: z.enum(["PENDING", "DONE"]),
  outcome: z.string().nullable().optional(),
  createdAt: z.string(),
});

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/deletion-requests",
    auth: ["CUSTOMER"],
    summary: "Ask a shop to delete my tab there (a tab with bills is anonymised, not deleted)",
    description: "404 for a tab that is not the caller's. Asking again while one waits returns that one.",
    tags: ["account"],
    body: tabDeletionInput,
    responses: { 201: { description: "The request, waiting for the shop", schema: requestSchema } },
  },
  async ({ user, body }) => (await askToDeleteTab({ userId: user.id }, body)).value,
);

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/deletion-requests",
    auth: ["MERCHANT"],
    summary: "Customers' requests to delete their tab at this shop, waiting, oldest first",
    tags: ["khata"],
    responses: { 200: { description: "Waiting requests", schema: z.object({ items: z.array(requestSchema) }) } },
  },
  async ({ merchantId }) => ({ items: await pendingDeletions({ merchantId }) }),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
