// The dashboards in the API. The merchant's is the analytics dashboard (lib/queries/analytics)
// for a period, with the API's lower-case enum words; the customer's is the home screen's figures.
import { z } from "zod";
import type { Dashboard } from "@/lib/queries/analytics";
import { API_PAYMENTS, toApiPayment, toApiUnit } from "./enums";
import type { Unit } from "@/lib/generated/prisma/enums";

const figure = z.object({ amountPaise: z.number().int(), count: z.number().int() });
const loose = (description: string) => z.looseObject({}).describe(description);

export const merchantDashboardSchema = z.object({
  period: z
    .object({ fromDate: z.string(), toDate: z.string(), tz: z.string() })
    .describe("Local dates (YYYY-MM-DD, toDate inclusive) in the shop's time zone"),
  today: loose("Today's sales (net of returns) so far against the same weekday last week"),
  trend: z
    .array(z.object({ date: z.string(), revenuePaise: z.number().int(), count: z.number().int() }))
    .describe("Revenue per local day, net of returns (a credit note lowers its own day); count = live sales"),
  methods: z
    .record(z.enum(API_PAYMENTS), figure)
    .describe("Sales by how they were paid; a return lowers the method its money went back by (credit = onto the tab)"),
  categories: loose("Sales by category, less returned items"),
  customers: z.array(z.looseObject({})).describe("Top customers"),
  products: loose("Top products by revenue and by units"),
  guests: loose("Walk-in against known customers"),
  growth: loose("This period against the one before"),
  dues: loose("Money owed to the shop, aged oldest-first"),
  stock: loose("Products at or under their low-stock level"),
  openOrders: z.number().int().describe("Orders placed, accepted or ready"),
});

export function toApiDashboard(d: Dashboard, openOrders: number) {
  const methods = Object.fromEntries(
    Object.entries(d.methods).map(([m, f]) => [toApiPayment(m as keyof Dashboard["methods"]), f]),
  );
  const stock = { ...d.stock, items: d.stock.items.map((i) => ({ ...i, unit: toApiUnit(i.unit as Unit) })) };
  return { ...d, methods, stock, openOrders };
}

export const customerDashboardSchema = z.object({
  duePaise: z
    .number()
    .int()
    .describe("What I owe at every shop together (each tab's due; an advance at one shop never lowers it)"),
  advancePaise: z.number().int().describe("What shops hold that I paid in advance, added apart"),
  shopCount: z.number().int().describe("Shops that keep a tab for me"),
});
