// POST /api/v1/shifts/{id}/close: count the drawer -> expected cash, variance and the Z report.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { shiftSchema, toApiShift, zReportSchema } from "@/lib/api/schemas/shift";
import { closeShift } from "@/lib/usecases/shifts";
import { entityId } from "@/lib/validation/common";
import { closeShiftInput } from "@/lib/validation/staff";

export const dynamic = "force-dynamic";

const closeSchema = z.object({
  expectedCashPaise: z
    .number()
    .int()
    .describe("opening + cash sales + cash payments - cash refunds - pay-outs + pay-ins"),
  variancePaise: z.number().int().describe("counted - expected: negative is cash missing"),
  report: zReportSchema,
  shift: shiftSchema,
});

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/shifts/{id}/close",
    auth: ["MERCHANT"],
    summary: "Close a shift with the counted cash ({countedCashPaise})",
    description: "409 when it is already closed; 404 for another shop's shift.",
    tags: ["shifts"],
    params: z.object({ id: entityId }),
    body: closeShiftInput,
    responses: { 200: { description: "Expected cash, variance and the Z report", schema: closeSchema } },
  },
  async ({ merchantId, user, params, body }) => {
    const { value: r } = await closeShift({ userId: user.id, merchantId }, params.id, body);
    return {
      expectedCashPaise: r.expectedCashPaise,
      variancePaise: r.variancePaise,
      report: r.report,
      shift: toApiShift(r.shift),
    };
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
