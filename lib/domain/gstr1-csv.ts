// GSTR-1 and the sales register as CSV for the accountant: rupees with 2 decimals, one file,
// each row tagged with its GSTR-1 section (b2b, b2cl, b2cs, cdn, hsn, docs).
import { db } from "@/lib/db";
import { paiseToDecimalString as rs } from "@/lib/money";
import { zonedDate } from "@/lib/time";
import { toCsv } from "./csv";
import { DomainError } from "./errors";
import { monthRange, type Gstr1, type Gstr1Rate } from "./gstr1";

const GSTR1_CSV_HEADER = [
  "Section",
  "Number",
  "Date",
  "GSTIN",
  "Name",
  "Original number",
  "Place of supply",
  "HSN",
  "Rate %",
  "Quantity",
  "Value (INR)",
  "Taxable (INR)",
  "IGST (INR)",
  "CGST (INR)",
  "SGST (INR)",
  "From",
  "To",
  "Total",
  "Cancelled",
];

export function gstr1Csv(r: Gstr1): string {
  const rows: (string | number | null)[][] = [];
  const tax = (x: { taxablePaise: number; igstPaise: number; cgstPaise: number; sgstPaise: number }) => [
    rs(x.taxablePaise),
    rs(x.igstPaise),
    rs(x.cgstPaise),
    rs(x.sgstPaise),
  ];
  // One row per rate of an invoice; b2cl names no buyer (an unregistered one, by place of supply).
  const invoiceRows = (
    section: "b2b" | "b2cl",
    b: { number: string; date: string; placeOfSupply: string | null; valuePaise: number; rates: Gstr1Rate[] },
    gstin: string | null,
    name: string | null,
  ) => {
    for (const x of b.rates)
      rows.push([
        section,
        b.number,
        b.date,
        gstin,
        name,
        null,
        b.placeOfSupply,
        null,
        x.rate,
        null,
        rs(b.valuePaise),
        ...tax(x),
      ]);
  };
  for (const b of r.b2b) invoiceRows("b2b", b, b.gstin, b.name);
  for (const b of r.b2cl) invoiceRows("b2cl", b, null, null);
  for (const x of r.b2cs)
    rows.push(["b2cs", null, null, null, null, null, x.placeOfSupply, null, x.rate, null, null, ...tax(x)]);
  for (const c of r.cdn)
    for (const x of c.rates)
      rows.push([
        "cdn",
        c.number,
        c.date,
        c.gstin,
        null,
        c.originalNumber,
        c.placeOfSupply,
        null,
        x.rate,
        null,
        rs(c.valuePaise),
        ...tax(x),
      ]);
  for (const h of r.hsn)
    rows.push(["hsn", null, null, null, null, null, null, h.hsn, h.rate, h.quantity, null, ...tax(h)]);
  for (const d of r.docs)
    rows.push([
      "docs",
      d.kind,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      d.from,
      d.to,
      d.total,
      d.cancelled,
    ]);
  return toCsv(GSTR1_CSV_HEADER, rows);
}

/** Every bill and credit note of the month in number order: the sales register. */
export async function salesRegisterCsv(merchantId: string, month: string): Promise<string> {
  const shop = await db.merchant.findUnique({ where: { id: merchantId }, select: { timeZone: true } });
  if (!shop) throw new DomainError("not_found", "Shop not found");
  const { from, to } = monthRange(month, shop.timeZone);
  const bills = await db.bill.findMany({
    where: { merchantId, issuedAt: { gte: from, lt: to } },
    orderBy: [{ series: "asc" }, { seq: "asc" }],
    select: {
      number: true,
      kind: true,
      issuedAt: true,
      buyerGstin: true,
      buyerName: true,
      placeOfSupply: true,
      taxablePaise: true,
      cgstPaise: true,
      sgstPaise: true,
      igstPaise: true,
      roundOffPaise: true,
      totalPaise: true,
      cancelledAt: true,
    },
  });
  return toCsv(
    [
      "Number",
      "Date",
      "Kind",
      "Buyer GSTIN",
      "Buyer",
      "Place of supply",
      "Taxable (INR)",
      "CGST (INR)",
      "SGST (INR)",
      "IGST (INR)",
      "Round off (INR)",
      "Total (INR)",
      "Cancelled",
    ],
    bills.map((b) => [
      b.number,
      zonedDate(b.issuedAt, shop.timeZone),
      b.kind.toLowerCase(),
      b.buyerGstin,
      b.buyerName,
      b.placeOfSupply,
      rs(b.taxablePaise),
      rs(b.cgstPaise),
      rs(b.sgstPaise),
      rs(b.igstPaise),
      rs(b.roundOffPaise),
      rs(b.totalPaise),
      b.cancelledAt ? "yes" : "no",
    ]),
  );
}
