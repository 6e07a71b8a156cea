// The cash drawer in the API: shift JSON and the Z report (lib/domain/shifts).
import { z } from "zod";
import { iso, isoOrNull, isoString } from "./enums";
import type { ShiftDto } from "@/lib/domain/shifts";

export const shiftSchema = z.object({
  id: z.string(),
  counter: z.string(),
  openingCashPaise: z.number().int(),
  openedAt: isoString,
  openedBy: z.string(),
  closedAt: isoString.nullable(),
  expectedCashPaise: z.number().int().nullable(),
  countedCashPaise: z.number().int().nullable(),
  variancePaise: z.number().int().nullable(),
});

export const toApiShift = (s: ShiftDto) => ({
  id: s.id,
  counter: s.counter,
  openingCashPaise: s.openingCashPaise,
  openedAt: iso(s.openedAt),
  openedBy: s.openedById,
  closedAt: isoOrNull(s.closedAt),
  expectedCashPaise: s.expectedCashPaise,
  countedCashPaise: s.countedCashPaise,
  variancePaise: s.variancePaise,
});

export const zReportSchema = z
  .object({
    openingCashPaise: z.number().int(),
    salesByMethod: z.object({ CASH: z.number(), CARD: z.number(), UPI: z.number(), CREDIT: z.number() }),
    cashPaymentsPaise: z.number().int(),
    cashRefundsPaise: z.number().int(),
    payInsPaise: z.number().int(),
    payOutsPaise: z.number().int(),
    billsIssued: z.number().int(),
    voids: z.object({ count: z.number().int(), amountPaise: z.number().int() }),
    returns: z.object({ count: z.number().int(), amountPaise: z.number().int() }),
    discountsPaise: z.number().int(),
    taxPaise: z.number().int(),
  })
  .describe("Z report: sales by method, bills issued, voids, returns, discounts, tax");
