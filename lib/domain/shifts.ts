// The cash drawer: a shift opens with a float, takes pay-ins and pay-outs with a reason, and
// closes with the counted cash -> expected cash, variance and a frozen Z report. One open shift
// per counter: Shift.openCounter is unique per shop while open and NULL once closed.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { parseOrThrow } from "@/lib/validation/common";
import {
  cashMoveInput,
  closeShiftInput,
  openShiftInput,
  type CashMoveInput,
  type CloseShiftInput,
  type OpenShiftInput,
} from "@/lib/validation/staff";
import { writeAudit } from "./audit";
import { DomainError, isUniqueViolation, notFound } from "./errors";
import { expectedCash, variance } from "./shift-totals";

export type ZReport = {
  openingCashPaise: number;
  salesByMethod: Record<"CASH" | "CARD" | "UPI" | "CREDIT", number>;
  cashPaymentsPaise: number;
  cashRefundsPaise: number;
  payInsPaise: number;
  payOutsPaise: number;
  billsIssued: number;
  voids: { count: number; amountPaise: number };
  /** Filled by returns, discounts and GST (issue 18) when they land; 0 until then. */
  returns: { count: number; amountPaise: number };
  discountsPaise: number;
  taxPaise: number;
};

export type ShiftDto = {
  id: string;
  counter: string;
  openingCashPaise: number;
  openedAt: Date;
  openedById: string;
  closedAt: Date | null;
  expectedCashPaise: number | null;
  countedCashPaise: number | null;
  variancePaise: number | null;
};

const shiftSelect = {
  id: true,
  counter: true,
  openingCashPaise: true,
  openedAt: true,
  openedById: true,
  closedAt: true,
  expectedCashPaise: true,
  countedCashPaise: true,
  variancePaise: true,
} as const;

export async function openShift(merchantId: string, actorUserId: string, raw: OpenShiftInput): Promise<ShiftDto> {
  const input = parseOrThrow(openShiftInput, raw);
  try {
    return await db.shift.create({
      data: {
        merchantId,
        counter: input.counter,
        openCounter: input.counter,
        openingCashPaise: input.openingCashPaise,
        openedById: actorUserId,
      },
      select: shiftSelect,
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new DomainError("conflict", "A shift is already open at this counter", { counter: "shift_already_open" });
    throw err;
  }
}

/** The open shift at a counter, for the sale being written (null when the drawer is not in use). */
export async function openShiftId(tx: Tx, merchantId: string, counter = "main"): Promise<string | null> {
  const s = await tx.shift.findUnique({
    where: { merchantId_openCounter: { merchantId, openCounter: counter } },
    select: { id: true },
  });
  return s?.id ?? null;
}

export async function currentShift(merchantId: string, counter = "main"): Promise<ShiftDto | null> {
  return db.shift.findUnique({
    where: { merchantId_openCounter: { merchantId, openCounter: counter } },
    select: shiftSelect,
  });
}

async function lockOpenShift(tx: Tx, merchantId: string, shiftId: string) {
  const rows = await tx.$queryRaw<{ id: string; closedAt: Date | null; openingCashPaise: number }[]>`
    SELECT "id", "closedAt", "openingCashPaise" FROM "Shift"
     WHERE "id" = ${shiftId} AND "merchantId" = ${merchantId} FOR UPDATE`;
  const s = rows[0];
  if (!s) throw notFound("Shift not found");
  if (s.closedAt) throw new DomainError("invalid_transition", "This shift is already closed");
  return s;
}

export async function moveCash(merchantId: string, actorUserId: string, shiftId: string, raw: CashMoveInput) {
  const input = parseOrThrow(cashMoveInput, raw);
  return db.$transaction(async (tx) => {
    await lockOpenShift(tx, merchantId, shiftId);
    return tx.cashMove.create({
      data: {
        merchantId,
        shiftId,
        kind: input.kind === "in" ? "IN" : "OUT",
        amountPaise: input.amountPaise,
        reason: input.reason,
        createdById: actorUserId,
      },
      select: { id: true, kind: true, amountPaise: true, reason: true, createdAt: true },
    });
  });
}

/** The Z report of a shift from its ledger entries and cash moves (what closing freezes). */
async function zReport(tx: Tx, merchantId: string, shiftId: string, openingCashPaise: number): Promise<ZReport> {
  const [byType, moves] = await Promise.all([
    tx.transaction.groupBy({
      by: ["type", "method"],
      where: { merchantId, shiftId },
      _sum: { amountPaise: true },
      _count: { _all: true },
    }),
    tx.cashMove.groupBy({ by: ["kind"], where: { merchantId, shiftId }, _sum: { amountPaise: true } }),
  ]);
  const salesByMethod = { CASH: 0, CARD: 0, UPI: 0, CREDIT: 0 };
  let billsIssued = 0;
  let cashPaymentsPaise = 0;
  let cashRefundsPaise = 0;
  const voids = { count: 0, amountPaise: 0 };
  for (const g of byType) {
    const amount = g._sum.amountPaise ?? 0;
    if (g.type === "SALE" || g.type === "CREDIT_SALE") {
      salesByMethod[g.method] += amount;
      billsIssued += g._count._all;
    } else if (g.type === "PAYMENT" && g.method === "CASH") cashPaymentsPaise += amount;
    else if (g.type === "VOID") {
      voids.count += g._count._all;
      voids.amountPaise += amount;
      // A voided cash sale's money went back to the customer from this drawer.
      if (g.method === "CASH") cashRefundsPaise += amount;
    }
  }
  const sumOf = (k: "IN" | "OUT") => moves.find((m) => m.kind === k)?._sum.amountPaise ?? 0;
  return {
    openingCashPaise,
    salesByMethod,
    cashPaymentsPaise,
    cashRefundsPaise,
    payInsPaise: sumOf("IN"),
    payOutsPaise: sumOf("OUT"),
    billsIssued,
    voids,
    returns: { count: 0, amountPaise: 0 },
    discountsPaise: 0,
    taxPaise: 0,
  };
}

export type CloseResult = { shift: ShiftDto; expectedCashPaise: number; variancePaise: number; report: ZReport };

export async function closeShift(
  merchantId: string,
  actorUserId: string,
  shiftId: string,
  raw: CloseShiftInput,
): Promise<CloseResult> {
  const input = parseOrThrow(closeShiftInput, raw);
  return db.$transaction(async (tx) => {
    const s = await lockOpenShift(tx, merchantId, shiftId);
    const report = await zReport(tx, merchantId, shiftId, s.openingCashPaise);
    const expected = expectedCash({ ...report, cashSalesPaise: report.salesByMethod.CASH });
    const diff = variance(input.countedCashPaise, expected);
    const shift = await tx.shift.update({
      where: { id: shiftId },
      data: {
        closedAt: new Date(),
        closedById: actorUserId,
        openCounter: null,
        countedCashPaise: input.countedCashPaise,
        expectedCashPaise: expected,
        variancePaise: diff,
        report,
      },
      select: shiftSelect,
    });
    await writeAudit(tx, {
      actorId: actorUserId,
      actorRole: "MERCHANT",
      merchantId,
      action: "shift.close",
      entity: "Shift",
      entityId: shiftId,
      after: { expectedCashPaise: expected, countedCashPaise: input.countedCashPaise, variancePaise: diff },
    });
    return { shift, expectedCashPaise: expected, variancePaise: diff, report };
  });
}

/** A closed shift with its frozen Z report, for the printable page. */
export async function getShift(merchantId: string, shiftId: string) {
  const s = await db.shift.findFirst({
    where: { id: shiftId, merchantId },
    select: { ...shiftSelect, report: true, closedById: true },
  });
  if (!s) throw notFound("Shift not found");
  return { ...s, report: s.report as ZReport | null };
}
