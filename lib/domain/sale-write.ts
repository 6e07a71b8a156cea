// The counter sale's write as ONE statement: `SELECT record_sale($1)` (the PL/pgSQL function of
// migration sale_function) runs in the statement's own transaction, so the sale costs one round
// trip and no interactive transaction. What goes in is already priced, taxed and checked here in
// TypeScript; a refusal comes back as a RAISE carrying 'record_sale:' + JSON, turned here into the
// same DomainError the rules raised before.
import { db } from "@/lib/db";
import type { PaymentMethod } from "@/lib/generated/prisma/enums";
import { formatPaise } from "@/lib/money";
import { CHANNEL } from "@/lib/realtime/events";
import { SEQ_DIGITS } from "./bill-number";
import { billTotals, type Buyer } from "./bill-issue";
import { DomainError } from "./errors";
import type { SaleTax, TaxedSaleLine } from "./sale-bill";
import { shortOf } from "./stock";

export type SaleWrite = {
  id: string;
  merchantId: string;
  actorId: string;
  clientId: string;
  type: "SALE" | "CREDIT_SALE";
  method: PaymentMethod;
  note: string | null;
  occurredAt: Date;
  createdAt: Date;
  customerId: string | null;
  newCustomer: { name: string; phone: string | null } | null;
  shiftId: string | null;
  offline: boolean;
  allowShortStock: boolean;
  /** Over the credit limit: refuse, or allow (the actor may; audited), or the actor asked but may not. */
  overLimit: "refuse" | "allowed" | "forbidden";
  sale: SaleTax;
  bill: { id: string; kind: string; series: string; fy: string; buyer: Buyer | null };
};

export type SaleWritten = {
  customer: { id: string; name: string; phone: string | null } | null;
  guestId: string | null;
  stockException: boolean;
  overLimit: boolean;
  balanceAfterPaise: number | null;
  billNumber: string;
};

/** Item ids in line order (the receipt lists items by id). */
const itemId = (saleId: string, i: number) => `${saleId}-${String(i).padStart(3, "0")}`;

export async function writeSaleRow(w: SaleWrite): Promise<SaleWritten> {
  const total = w.sale.tax.totalPaise;
  const payload = {
    id: w.id,
    merchantId: w.merchantId,
    actorId: w.actorId,
    clientId: w.clientId,
    type: w.type,
    method: w.method,
    amountPaise: total,
    note: w.note,
    occurredAt: w.occurredAt.toISOString(),
    createdAt: w.createdAt.toISOString(),
    customerId: w.customerId,
    newCustomer: w.newCustomer,
    shiftId: w.shiftId,
    offline: w.offline,
    allowShortStock: w.allowShortStock,
    overLimit: w.overLimit,
    lines: w.sale.lines.map((l, i) => ({ ...l, id: itemId(w.id, i) })),
    bill: {
      id: w.bill.id,
      kind: w.bill.kind,
      series: w.bill.series,
      fy: w.bill.fy,
      seqDigits: SEQ_DIGITS,
      ...billTotals(w.sale.tax),
      buyerGstin: w.bill.buyer?.gstin ?? null,
      buyerName: w.bill.buyer?.name ?? null,
      buyerAddress: w.bill.buyer?.address ?? null,
      placeOfSupply: w.sale.pos.code,
    },
    // The live event (lib/realtime/events.ts); the function adds customerUserId and `at`.
    event: {
      channel: CHANNEL,
      payload: {
        type: "sale.created",
        merchantId: w.merchantId,
        id: w.id,
        data: { amountPaise: total, method: w.method },
      },
    },
  };
  try {
    const [row] = await db.$queryRaw<{ r: SaleWritten }[]>`SELECT record_sale(${JSON.stringify(payload)}::jsonb) AS r`;
    return row!.r;
  } catch (err) {
    throw refusalOf(err, w) ?? err;
  }
}

/** The function's RAISE as the DomainError the rules have always raised; null for any other error. */
function refusalOf(err: unknown, w: SaleWrite): DomainError | null {
  const facts = refusalFacts(err);
  if (!facts) return null;
  switch (facts.error) {
    case "customer_not_found":
      return new DomainError("not_found", "Customer not found", { customer: "customer_not_found" });
    case "credit_needs_customer":
      return new DomainError("invalid_input", "Pick a customer for pay later", {
        customer: "Pick a customer for pay later",
      });
    case "insufficient_stock": {
      const line = w.sale.lines.find((l) => l.productId === facts.productId) as TaxedSaleLine & { productId: string };
      return shortOf(line, Number(facts.availableMilli), "items");
    }
    case "over_limit_not_allowed":
      return new DomainError("forbidden", "Only the owner or a manager may allow a sale over the credit limit", {
        customer: "over_limit_not_allowed",
      });
    case "credit_limit_exceeded": {
      const [limit, due, sale] = [Number(facts.limitPaise), Number(facts.duePaise), Number(facts.salePaise)];
      return new DomainError(
        "credit_limit_exceeded",
        `Credit limit ${formatPaise(limit)} exceeded: ${facts.customerName} owes ${formatPaise(due)} and this sale is ${formatPaise(sale)}`,
        { customer: "credit_limit_exceeded" },
        {
          limitPaise: limit,
          duePaise: due,
          salePaise: sale,
          customerId: facts.customerId,
          customerName: facts.customerName,
        },
      );
    }
  }
  return null;
}

/** The JSON after 'record_sale:' in the error's message, wherever the driver adapter put it. */
function refusalFacts(err: unknown): Record<string, unknown> | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length) {
    const e = queue.shift() as { message?: unknown; cause?: unknown; meta?: unknown } | null;
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const m = typeof e.message === "string" ? /record_sale:(\{.*\})/s.exec(e.message) : null;
    if (m) {
      try {
        return JSON.parse(m[1]!) as Record<string, unknown>;
      } catch {
        /* a message cut short: keep looking */
      }
    }
    const meta = e.meta as { driverAdapterError?: unknown } | undefined;
    queue.push(e.cause, meta?.driverAdapterError);
  }
  return null;
}
