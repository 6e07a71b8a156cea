// POST /api/v1/sales/{id}/void: reverse a sale with a VOID entry (voidSale); the items go back
// on the shelf. Without a clientId one is derived from the sale, so a retried void replays.
import { z } from "zod";
import { apiRoute, jsonResponse, otherMethods } from "@/lib/api/handler";
import { ledgerEntrySchema, toApiEntry } from "@/lib/api/schemas/ledger";
import { voidBody, voidClientId } from "@/lib/api/schemas/sale";
import { voidSale } from "@/lib/usecases/tabs";
import { entityId } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/sales/{id}/void",
    auth: ["MERCHANT"],
    permission: "void",
    summary: "Void a sale: a reversing ledger entry, never an edit",
    description:
      "201 with the void; 200 with the same void on a retry. 409 conflict when the sale was already voided by another request. " +
      "Only on the sale's own business day (shop's time zone): later 409 void_only_same_day (record a return instead).",
    tags: ["sales"],
    params: z.object({ id: entityId }),
    body: voidBody,
    responses: {
      201: { description: "The void entry", schema: ledgerEntrySchema },
      200: { description: "Retry: the existing void", schema: ledgerEntrySchema },
    },
  },
  async ({ merchantId, user, params, body }) => {
    const { value: v } = await voidSale(
      { userId: user.id, merchantId },
      { saleId: params.id, reason: body.reason, clientId: body.clientId ?? voidClientId(params.id) },
    );
    return jsonResponse(toApiEntry(v), v.replayed ? 200 : 201);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
