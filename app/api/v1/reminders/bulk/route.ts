// POST /api/v1/reminders/bulk: remind every tab whose oldest unpaid bill is older than N days
// (default 30), except those set to "do not remind".
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { sentReminderSchema } from "@/lib/api/schemas/reminder";
import { requestOrigin } from "@/lib/http/request-origin";
import { remindAllOlderThan } from "@/lib/usecases/reminders";
import { bulkRemindInput } from "@/lib/validation/reminders";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/reminders/bulk",
    auth: ["MERCHANT"],
    summary: "Remind all tabs with dues older than olderThanDays (default 30)",
    tags: ["khata"],
    body: bulkRemindInput,
    responses: {
      200: {
        description: "The reminders sent, one per tab",
        schema: z.object({ olderThanDays: z.number().int(), reminders: z.array(sentReminderSchema) }),
      },
    },
  },
  async ({ user, merchantId, body, request }) =>
    (await remindAllOlderThan({ userId: user.id, merchantId }, body, requestOrigin(request.headers, request.url)))
      .value,
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
