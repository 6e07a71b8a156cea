// POST /api/v1/payments: money received against a customer's tab (recordPayment). The
// statement settles the oldest bills first; a retry with the same clientId replays (200).
import { apiRoute, jsonResponse, otherMethods } from "@/lib/api/handler";
import { paymentBody, paymentSchema, toApiPaymentEntry } from "@/lib/api/schemas/ledger";
import { recordPayment } from "@/lib/usecases/tabs";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/payments",
    auth: ["MERCHANT"],
    summary: "Record a payment received on a customer's tab (settles the oldest dues first)",
    description:
      "400 when nothing is due or the amount is more than the due; 404 for a customer not on this shop's books.",
    tags: ["khata"],
    body: paymentBody,
    responses: {
      201: { description: "Payment recorded", schema: paymentSchema },
      200: { description: "Retry: the payment this clientId already recorded", schema: paymentSchema },
    },
  },
  async ({ merchantId, user, body }) => {
    const { value: p } = await recordPayment({ userId: user.id, merchantId }, body);
    return jsonResponse(toApiPaymentEntry(p), p.replayed ? 200 : 201);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
