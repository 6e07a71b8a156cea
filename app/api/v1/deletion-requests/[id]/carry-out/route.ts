// POST /api/v1/deletion-requests/{id}/carry-out: the shop carries out a customer's request:
// the tab is anonymised when it has bills (kept by GST law), deleted when it has none.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { carryOutDeletion } from "@/lib/usecases/my-data";
import { entityId } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/deletion-requests/{id}/carry-out",
    auth: ["MERCHANT"],
    summary: "Carry out a tab deletion request (anonymise a tab with bills, delete one without)",
    description: "404 for another shop's request. Carrying out a done request again returns it unchanged.",
    tags: ["khata"],
    params: z.object({ id: entityId }),
    responses: {
      200: {
        description: "The request, done",
        schema: z.object({
          id: z.string(),
          customerId: z.string(),
          status: z.literal("DONE"),
          outcome: z.enum(["anonymised", "deleted"]),
        }),
      },
    },
  },
  async ({ user, merchantId, params }) =>
    (await carryOutDeletion({ userId: user.id, merchantId }, { requestId: params.id })).value,
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
