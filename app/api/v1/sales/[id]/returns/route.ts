// POST /api/v1/sales/{id}/returns: goods back against a sale -> a credit note from its own
// series naming the original bill, stock back, money back (cash/upi/card) or onto the tab.
import { z } from "zod";
import { apiRoute, jsonResponse, otherMethods } from "@/lib/api/handler";
import { billLinkPath } from "@/lib/domain/bill-link";
import { returnItems } from "@/lib/usecases/sales";
import { entityId } from "@/lib/validation/common";
import { returnInput } from "@/lib/validation/return";

export const dynamic = "force-dynamic";

const returnSchema = z.object({
  id: z.string().describe("The RETURN ledger entry"),
  creditNote: z.object({
    number: z.string().describe("CN/26-27/000001"),
    url: z.string().describe("The credit note's public link"),
  }),
  amountPaise: z.number().int().describe("What was refunded (or taken off the tab)"),
});

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/sales/{id}/returns",
    auth: ["MERCHANT"],
    permission: "return",
    summary: "Return goods of a sale: a credit note, stock back, a refund",
    description:
      "refund: cash | upi | card | tab (tab needs a sale to a customer). 409 return_exceeds_sale (details {productId, returnable}) " +
      "when a quantity is more than was sold less earlier returns. 409 credit_note_too_late (details {lastDay}) for a tax " +
      "invoice after 30 November following its financial year (CGST Act s.34(2)). The same clientId returns the same credit note (200).",
    tags: ["sales"],
    params: z.object({ id: entityId }),
    body: returnInput,
    responses: {
      201: { description: "The credit note", schema: returnSchema },
      200: { description: "Retry: the credit note this clientId already made", schema: returnSchema },
    },
  },
  async ({ merchantId, user, params, body, request }) => {
    const { value: r } = await returnItems({ userId: user.id, merchantId }, params.id, body);
    return jsonResponse(
      {
        id: r.id,
        creditNote: { number: r.creditNote.number, url: new URL(billLinkPath(r.creditNote.id), request.url).href },
        amountPaise: r.amountPaise,
      },
      r.replayed ? 200 : 201,
    );
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
