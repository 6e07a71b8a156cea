// POST /api/v1/sales: a counter sale through the POS's own rule (recordSale): priced from the
// catalogue, stock taken, one ledger row. The clientId makes it idempotent: 201 the first
// time, 200 with the same sale on every retry.
import { apiRoute, jsonResponse, otherMethods } from "@/lib/api/handler";
import { saleBody, saleSchema, toApiSale } from "@/lib/api/schemas/sale";
import { recordSale } from "@/lib/usecases/sales";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/sales",
    auth: ["MERCHANT"],
    summary: "Record a counter sale (cash, card, UPI or pay later)",
    description:
      "Give items and/or amountPaise. No customer = a walk-in (guest) sale; pay_later needs customerId or customerPhone (400 otherwise). " +
      "customerPhone finds this shop's tab with that number or opens one named customerName (or the phone when no name is given). " +
      "409 insufficient_stock with details {productId, available}; 409 credit_limit_exceeded. " +
      "Prices are tax-inclusive; items may carry discount {percent} or {amountPaise}, the sale a bill discount and a buyer " +
      "(gstin for B2B, or an unregistered buyer's delivery state); discounts and a buyer need discount_over_limit " +
      "(403 discount_not_allowed / buyer_not_allowed for a cashier). " +
      "The response's bill is the numbered document the shop's GST status calls for (bill, bill_of_supply or tax_invoice).",
    tags: ["sales"],
    body: saleBody,
    responses: {
      201: { description: "Sale recorded", schema: saleSchema },
      200: { description: "Retry: the sale this clientId already recorded", schema: saleSchema },
    },
  },
  async ({ merchantId, user, body, request }) => {
    const { value: sale } = await recordSale({ userId: user.id, merchantId }, body);
    return jsonResponse(toApiSale(sale, request.url), sale.replayed ? 200 : 201);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
