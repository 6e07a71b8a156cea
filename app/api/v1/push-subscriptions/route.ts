// POST /api/v1/push-subscriptions: this device takes push notifications (due reminders, order
// status) for the signed-in customer. DELETE ?endpoint=...: it no longer does.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { subscribeToPush, unsubscribeFromPush } from "@/lib/usecases/push";
import { pushEndpointInput, pushSubscriptionInput } from "@/lib/validation/reminders";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/push-subscriptions",
    auth: ["CUSTOMER"],
    summary: "Opt this device in to push notifications (the browser's PushSubscription.toJSON())",
    description: "Sign with the app's VAPID public key; the endpoint must be https.",
    tags: ["account"],
    body: pushSubscriptionInput,
    responses: { 201: { description: "Subscribed", schema: z.object({ id: z.string() }) } },
  },
  async ({ user, body }) => subscribeToPush({ userId: user.id }, body),
);

export const DELETE = apiRoute(
  {
    method: "DELETE",
    path: "/api/v1/push-subscriptions",
    auth: ["CUSTOMER"],
    summary: "Opt this device out of push notifications",
    tags: ["account"],
    query: pushEndpointInput,
    responses: {
      200: {
        description: "How many subscriptions were removed (0 or 1)",
        schema: z.object({ removed: z.number().int() }),
      },
    },
  },
  async ({ user, query }) => unsubscribeFromPush({ userId: user.id }, query),
);

export const { GET, PUT, PATCH } = otherMethods("POST", "DELETE");
