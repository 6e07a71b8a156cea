// POST /api/v1/shifts/{id}/cash: a pay-in or pay-out of the drawer, with its reason.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { iso, isoString } from "@/lib/api/schemas/enums";
import { moveCash } from "@/lib/usecases/shifts";
import { entityId } from "@/lib/validation/common";
import { cashMoveInput } from "@/lib/validation/staff";

export const dynamic = "force-dynamic";

const cashMoveSchema = z.object({
  id: z.string(),
  kind: z.enum(["in", "out"]),
  amountPaise: z.number().int(),
  reason: z.string(),
  createdAt: isoString,
});

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/shifts/{id}/cash",
    auth: ["MERCHANT"],
    summary: "Pay cash into or out of the drawer: {kind: in | out, amountPaise, reason}",
    description: "409 when the shift is closed; 404 for another shop's shift.",
    tags: ["shifts"],
    params: z.object({ id: entityId }),
    body: cashMoveInput,
    responses: { 201: { description: "The cash move", schema: cashMoveSchema } },
  },
  async ({ merchantId, user, params, body }) => {
    const { value: m } = await moveCash({ userId: user.id, merchantId }, params.id, body);
    return { ...m, kind: m.kind === "IN" ? ("in" as const) : ("out" as const), createdAt: iso(m.createdAt) };
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
