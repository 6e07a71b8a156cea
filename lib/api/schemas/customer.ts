// The shop's credit tabs (khata) in the API: the list with each tab's due, and a customer's
// statement with the FIFO state of every bill.
import { z } from "zod";
import type { CustomerListRow, Statement } from "@/lib/domain/ledger";
import { API_PAYMENTS, iso, isoOrNull, isoString, toApiPayment } from "./enums";
import { pagedListQuery } from "./page-cursor";

export const customerListQuery = pagedListQuery.extend({
  q: z.string().max(80).optional().describe("Name contains, or 3+ digits of the phone"),
  sort: z.enum(["name", "due", "recent"]).default("name"),
});

export const customerRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  duePaise: z.number().int().describe("Credit sales - payments - voided credit sales"),
  creditLimitPaise: z.number().int().nullable(),
  claimed: z.boolean().describe("A customer account has attached this tab"),
  lastActivityAt: isoString.nullable(),
});

export const toApiCustomerRow = (r: CustomerListRow): z.infer<typeof customerRowSchema> => ({
  id: r.id,
  name: r.name,
  phone: r.phone,
  duePaise: r.duePaise,
  creditLimitPaise: r.creditLimitPaise,
  claimed: r.claimed,
  lastActivityAt: isoOrNull(r.lastActivityAt),
});

const BILL_STATUSES = ["due", "partly_paid", "paid", "voided"] as const;

export const statementSchema = z.object({
  customer: z.object({
    id: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    creditLimitPaise: z.number().int().nullable(),
    claimed: z.boolean(),
  }),
  balancePaise: z.number().int().describe("What the customer owes now"),
  advancePaise: z.number().int().describe("Paid beyond all live bills"),
  totals: z.object({ creditPaise: z.number().int(), paidPaise: z.number().int(), voidedPaise: z.number().int() }),
  entries: z
    .array(
      z.object({
        id: z.string(),
        type: z.enum(["credit_sale", "payment", "void"]),
        method: z.enum(API_PAYMENTS),
        amountPaise: z.number().int(),
        signedPaise: z.number().int().describe("+ for a credit sale, - for a payment or a void"),
        balanceAfterPaise: z.number().int(),
        occurredAt: isoString,
        note: z.string().nullable(),
        voidsId: z.string().nullable(),
        bill: z
          .object({ paidPaise: z.number().int(), duePaise: z.number().int(), status: z.enum(BILL_STATUSES) })
          .nullable()
          .describe("For a credit sale: oldest-first settlement"),
      }),
    )
    .describe("Oldest first"),
});

export const toApiStatement = (s: Statement): z.infer<typeof statementSchema> => ({
  customer: s.customer,
  balancePaise: s.balancePaise,
  advancePaise: s.advancePaise,
  totals: s.totals,
  entries: s.entries.map((e) => ({
    id: e.id,
    type: e.type.toLowerCase() as "credit_sale" | "payment" | "void",
    method: toApiPayment(e.method),
    amountPaise: e.amountPaise,
    signedPaise: e.signedPaise,
    balanceAfterPaise: e.balanceAfterPaise,
    occurredAt: iso(e.occurredAt),
    note: e.note,
    voidsId: e.voidsId,
    bill: e.bill,
  })),
});
