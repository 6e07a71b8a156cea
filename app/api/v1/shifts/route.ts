// POST /api/v1/shifts: open the cash drawer at a counter with its float; one open shift per counter.
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { shiftSchema, toApiShift } from "@/lib/api/schemas/shift";
import { openShift } from "@/lib/usecases/shifts";
import { openShiftInput } from "@/lib/validation/staff";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/shifts",
    auth: ["MERCHANT"],
    summary: "Open a shift with the opening cash float ({openingCashPaise}, optional counter, default main)",
    description: "409 conflict when a shift is already open at this counter.",
    tags: ["shifts"],
    body: openShiftInput,
    responses: { 201: { description: "The open shift", schema: shiftSchema } },
  },
  async ({ merchantId, user, body }) => toApiShift((await openShift({ userId: user.id, merchantId }, body)).value),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
