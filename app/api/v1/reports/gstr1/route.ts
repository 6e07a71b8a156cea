// GET /api/v1/reports/gstr1?month=YYYY-MM: the month's GSTR-1 sections as JSON, or as one CSV
// with format=csv. The shop is the caller's; the month is its calendar month.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { gstr1 } from "@/lib/domain/gstr1";
import { gstr1Csv } from "@/lib/domain/gstr1-csv";
import { csvDownload } from "@/lib/http/csv-download";

export const dynamic = "force-dynamic";

const rate = z.object({
  rate: z.number(),
  taxablePaise: z.number().int(),
  igstPaise: z.number().int(),
  cgstPaise: z.number().int(),
  sgstPaise: z.number().int(),
});

const gstr1Schema = z.object({
  month: z.string(),
  b2b: z.array(
    z.object({
      gstin: z.string(),
      name: z.string(),
      number: z.string(),
      date: z.string(),
      valuePaise: z.number().int(),
      placeOfSupply: z.string().nullable(),
      reverseCharge: z.literal("N"),
      rates: z.array(rate),
    }),
  ),
  b2cl: z
    .array(
      z.object({
        number: z.string(),
        date: z.string(),
        valuePaise: z.number().int(),
        placeOfSupply: z.string(),
        rates: z.array(rate),
      }),
    )
    .describe("B2C large: inter-state invoices to unregistered buyers above ₹1,00,000, one per invoice"),
  b2cs: z.array(rate.extend({ placeOfSupply: z.string().nullable() })),
  cdn: z.array(
    z.object({
      number: z.string(),
      date: z.string(),
      originalNumber: z.string().nullable(),
      gstin: z.string().nullable(),
      valuePaise: z.number().int(),
      placeOfSupply: z.string().nullable(),
      rates: z.array(rate),
    }),
  ),
  hsn: z.array(rate.extend({ hsn: z.string(), quantity: z.number() })),
  docs: z.array(
    z.object({
      series: z.string(),
      kind: z.string(),
      from: z.string(),
      to: z.string(),
      total: z.number().int(),
      cancelled: z.number().int(),
    }),
  ),
  totals: z
    .object({
      taxablePaise: z.number().int(),
      igstPaise: z.number().int(),
      cgstPaise: z.number().int(),
      sgstPaise: z.number().int(),
    })
    .describe("Net of credit notes (what GSTR-3B takes)"),
});

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/reports/gstr1",
    auth: ["MERCHANT"],
    summary: "GSTR-1 for a month: B2B, B2C large and small, credit notes, HSN summary, document summary",
    description:
      "Tax invoices and their credit notes carry the tax; docs lists every series with from, to, total and cancelled. " +
      "format=csv returns one CSV with a Section column.",
    tags: ["reports"],
    query: z.object({
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "month_invalid" }),
      format: z.enum(["json", "csv"]).default("json"),
    }),
    responses: { 200: { description: "The month's GSTR-1", schema: gstr1Schema } },
  },
  async ({ merchantId, query }) => {
    const report = await gstr1(merchantId, query.month);
    return query.format === "csv" ? csvDownload(gstr1Csv(report), `gstr1-${query.month}.csv`) : report;
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
