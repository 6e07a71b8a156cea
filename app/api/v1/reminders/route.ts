// GET /api/v1/reminders: the shop's tabs with dues, oldest first, then the largest, with the
// last reminder and "do not remind". POST: remind one tab (the twin of the Remind button).
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { reminderRowSchema, sentReminderSchema } from "@/lib/api/schemas/reminder";
import { requestOrigin } from "@/lib/http/request-origin";
import { shopTimeZone } from "@/lib/queries/api-reads";
import { listReminders } from "@/lib/queries/reminders";
import { remindTab } from "@/lib/usecases/reminders";
import { remindInput } from "@/lib/validation/reminders";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/reminders",
    auth: ["MERCHANT"],
    summary: "Tabs with dues to remind, oldest due first, then the largest",
    tags: ["khata"],
    responses: {
      200: { description: "Every tab with a due", schema: z.object({ items: z.array(reminderRowSchema) }) },
    },
  },
  async ({ merchantId }) => {
    const rows = await listReminders(merchantId, await shopTimeZone(merchantId));
    return { items: rows.map(({ userId: _u, ...r }) => r) };
  },
);

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/reminders",
    auth: ["MERCHANT"],
    summary:
      "Remind a tab of its due: WhatsApp text (wa.me link) with a signed statement link and a UPI link, and a push to the customer's app",
    description:
      "404 for a tab not on this shop's books; 409 conflict with details.reason nothing_due or do_not_remind. " +
      "WhatsApp gives a shop no way to send for it: open whatsappUrl and tap send.",
    tags: ["khata"],
    body: remindInput,
    responses: { 201: { description: "The reminder, recorded as the tab's last", schema: sentReminderSchema } },
  },
  async ({ user, merchantId, body, request }) =>
    (await remindTab({ userId: user.id, merchantId }, body, requestOrigin(request.headers, request.url))).value,
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
