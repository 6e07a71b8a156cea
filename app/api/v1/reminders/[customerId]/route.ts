// PATCH /api/v1/reminders/{customerId} {doNotRemind}: turn reminders off (or on) for a tab.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { changeDoNotRemind } from "@/lib/usecases/reminders";
import { entityId } from "@/lib/validation/common";

export const dynamic = "force-dynamic";
const result = z.object({ customerId: z.string(), doNotRemind: z.boolean() });

export const PATCH = apiRoute(
  {
    method: "PATCH",
    path: "/api/v1/reminders/{customerId}",
    auth: ["MERCHANT"],
    summary: "Do not remind this tab (or remind it again)",
    tags: ["khata"],
    params: z.object({ customerId: entityId }),
    body: z.object({ doNotRemind: z.boolean() }),
    responses: { 200: { description: "The tab's setting", schema: result } },
  },
  async ({ user, merchantId, params, body }) =>
    (
      await changeDoNotRemind(
        { userId: user.id, merchantId },
        { customerId: params.customerId, doNotRemind: body.doNotRemind },
      )
    ).value,
);

export const { GET, POST, PUT, DELETE } = otherMethods("PATCH");
