// GSTR-1 for one month, for the accountant (INDIA-BILLING.md, "What the accountant needs"):
// B2B invoices, B2C large (per invoice), B2C small by place of supply and rate, credit notes,
// the HSN-wise summary (net of credit notes) and the document summary per series. Only tax invoices and their
// credit notes carry tax; every numbered document is in the document summary. The month is
// the shop's calendar month (its time zone). Reads only.
import { db } from "@/lib/db";
import { zonedDate, zonedDayStart } from "@/lib/time";
import { DomainError } from "./errors";
import { splitTax, type RateTotal } from "./gst-tax";

export type Gstr1Rate = { rate: number; taxablePaise: number; igstPaise: number; cgstPaise: number; sgstPaise: number };
export type Gstr1 = {
  month: string;
  b2b: {
    gstin: string;
    name: string;
    number: string;
    date: string;
    valuePaise: number;
    placeOfSupply: string | null;
    reverseCharge: "N";
    rates: Gstr1Rate[];
  }[];
  /**
   * B2C large: an inter-state tax invoice to an unregistered buyer worth more than
   * B2CL_LIMIT_PAISE, one row per invoice with its place of supply (not in b2cs).
   */
  b2cl: { number: string; date: string; valuePaise: number; placeOfSupply: string; rates: Gstr1Rate[] }[];
  b2cs: ({ placeOfSupply: string | null } & Gstr1Rate)[];
  cdn: {
    number: string;
    date: string;
    originalNumber: string | null;
    gstin: string | null;
    valuePaise: number;
    placeOfSupply: string | null;
    rates: Gstr1Rate[];
  }[];
  hsn: {
    hsn: string;
    rate: number;
    quantity: number;
    taxablePaise: number;
    igstPaise: number;
    cgstPaise: number;
    sgstPaise: number;
  }[];
  docs: { series: string; kind: string; from: string; to: string; total: number; cancelled: number }[];
  /** Net of credit notes: what GSTR-3B takes. */
  totals: { taxablePaise: number; igstPaise: number; cgstPaise: number; sgstPaise: number };
};

/**
 * Invoice value above which an inter-state B2C invoice is reported on its own (GSTR-1 table 5):
 * ₹1,00,000 since 1 August 2024 (Notification 12/2024-Central Tax; it was ₹2,50,000).
 */
export const B2CL_LIMIT_PAISE = 1_00_000_00;

const toRate = (r: RateTotal): Gstr1Rate => ({
  rate: r.rateBp / 100,
  taxablePaise: r.taxablePaise,
  igstPaise: r.igstPaise,
  cgstPaise: r.cgstPaise,
  sgstPaise: r.sgstPaise,
});

/** [start, end) of a YYYY-MM month in the zone. */
export function monthRange(month: string, timeZone: string): { from: Date; to: Date } {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new DomainError("invalid_input", "Give a month as YYYY-MM", { month: "month_invalid" });
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return { from: zonedDayStart(`${month}-01`, timeZone), to: zonedDayStart(next, timeZone) };
}

export async function gstr1(merchantId: string, month: string): Promise<Gstr1> {
  const shop = await db.merchant.findUnique({ where: { id: merchantId }, select: { timeZone: true, stateCode: true } });
  if (!shop) throw new DomainError("not_found", "Shop not found");
  const { from, to } = monthRange(month, shop.timeZone);
  const bills = await db.bill.findMany({
    where: { merchantId, issuedAt: { gte: from, lt: to } },
    orderBy: [{ series: "asc" }, { seq: "asc" }],
    select: {
      id: true,
      kind: true,
      series: true,
      seq: true,
      number: true,
      issuedAt: true,
      totalPaise: true,
      rates: true,
      buyerGstin: true,
      buyerName: true,
      placeOfSupply: true,
      originalBillId: true,
      cancelledAt: true,
      igstPaise: true,
      transaction: {
        select: {
          items: { select: { hsn: true, gstRateBp: true, quantityMilli: true, taxablePaise: true, taxPaise: true } },
        },
      },
    },
  });
  const date = (d: Date) => zonedDate(d, shop.timeZone);
  const live = bills.filter((b) => !b.cancelledAt);
  const invoices = live.filter((b) => b.kind === "TAX_INVOICE");
  const notes = live.filter((b) => b.kind === "CREDIT_NOTE" && (b.rates as RateTotal[]).some((r) => r.rateBp > 0));
  const originals = new Map(
    (
      await db.bill.findMany({
        where: { merchantId, id: { in: notes.map((n) => n.originalBillId).filter((x): x is string => !!x) } },
        select: { id: true, number: true },
      })
    ).map((b) => [b.id, b.number]),
  );

  const b2b = invoices
    .filter((b) => b.buyerGstin)
    .map((b) => ({
      gstin: b.buyerGstin!,
      name: b.buyerName ?? "",
      number: b.number,
      date: date(b.issuedAt),
      valuePaise: b.totalPaise,
      placeOfSupply: b.placeOfSupply,
      reverseCharge: "N" as const,
      rates: (b.rates as RateTotal[]).map(toRate),
    }));

  const isB2cl = (b: (typeof invoices)[number]) =>
    !b.buyerGstin &&
    b.totalPaise > B2CL_LIMIT_PAISE &&
    !!b.placeOfSupply &&
    (b.igstPaise > 0 || b.placeOfSupply !== shop.stateCode);
  const b2cl = invoices.filter(isB2cl).map((b) => ({
    number: b.number,
    date: date(b.issuedAt),
    valuePaise: b.totalPaise,
    placeOfSupply: b.placeOfSupply!,
    rates: (b.rates as RateTotal[]).map(toRate),
  }));

  const b2csMap = new Map<string, { placeOfSupply: string | null } & Gstr1Rate>();
  for (const b of invoices.filter((x) => !x.buyerGstin && !isB2cl(x)))
    for (const r of b.rates as RateTotal[]) {
      const key = `${b.placeOfSupply}|${r.rateBp}`;
      const acc = b2csMap.get(key) ?? {
        placeOfSupply: b.placeOfSupply,
        ...toRate({ ...r, taxablePaise: 0, cgstPaise: 0, sgstPaise: 0, igstPaise: 0 }),
      };
      acc.taxablePaise += r.taxablePaise;
      acc.cgstPaise += r.cgstPaise;
      acc.sgstPaise += r.sgstPaise;
      acc.igstPaise += r.igstPaise;
      b2csMap.set(key, acc);
    }

  const cdn = notes.map((n) => ({
    number: n.number,
    date: date(n.issuedAt),
    originalNumber: n.originalBillId ? (originals.get(n.originalBillId) ?? null) : null,
    gstin: n.buyerGstin,
    valuePaise: n.totalPaise,
    placeOfSupply: n.placeOfSupply,
    rates: (n.rates as RateTotal[]).map(toRate),
  }));

  // HSN-wise, net of credit notes; the tax of each group split as on a bill.
  const hsnMap = new Map<
    string,
    { hsn: string; rateBp: number; inter: boolean; quantityMilli: number; taxable: number; tax: number }
  >();
  for (const b of [...invoices, ...notes]) {
    const sign = b.kind === "CREDIT_NOTE" ? -1 : 1;
    const inter = b.igstPaise > 0;
    for (const i of b.transaction.items) {
      const key = `${i.hsn ?? ""}|${i.gstRateBp}|${inter}`;
      const acc = hsnMap.get(key) ?? {
        hsn: i.hsn ?? "",
        rateBp: i.gstRateBp,
        inter,
        quantityMilli: 0,
        taxable: 0,
        tax: 0,
      };
      acc.quantityMilli += sign * i.quantityMilli; // exact: summed in milli-units
      acc.taxable += sign * i.taxablePaise;
      acc.tax += sign * i.taxPaise;
      hsnMap.set(key, acc);
    }
  }
  const hsn = [...hsnMap.values()]
    .sort((a, b) => a.hsn.localeCompare(b.hsn) || a.rateBp - b.rateBp)
    .map((h) => {
      const split = h.inter ? { cgstPaise: 0, sgstPaise: 0 } : splitTax(h.tax);
      return {
        hsn: h.hsn,
        rate: h.rateBp / 100,
        quantity: h.quantityMilli / 1000,
        taxablePaise: h.taxable,
        igstPaise: h.inter ? h.tax : 0,
        ...split,
      };
    });

  type Doc = Gstr1["docs"][number] & { first: number; last: number };
  const docMap = new Map<string, Doc>();
  for (const b of bills) {
    const key = `${b.series}|${b.kind}`;
    const d = docMap.get(key) ?? {
      series: b.series,
      kind: b.kind.toLowerCase(),
      first: b.seq,
      last: b.seq,
      from: b.number,
      to: b.number,
      total: 0,
      cancelled: 0,
    };
    if (b.seq < d.first) [d.first, d.from] = [b.seq, b.number];
    if (b.seq > d.last) [d.last, d.to] = [b.seq, b.number];
    d.total++;
    if (b.cancelledAt) d.cancelled++;
    docMap.set(key, d);
  }
  const docs = [...docMap.values()].map(({ first: _first, last: _last, ...d }) => d);

  const sum = (rows: Gstr1Rate[], k: keyof Omit<Gstr1Rate, "rate">) => rows.reduce((s, r) => s + r[k], 0);
  const out = [...b2b.flatMap((b) => b.rates), ...b2cl.flatMap((b) => b.rates), ...b2csMap.values()];
  const back = cdn.flatMap((c) => c.rates);
  const net = (k: keyof Omit<Gstr1Rate, "rate">) => sum(out, k) - sum(back, k);
  return {
    month,
    b2b,
    b2cl,
    b2cs: [...b2csMap.values()],
    cdn,
    hsn,
    docs,
    totals: {
      taxablePaise: net("taxablePaise"),
      igstPaise: net("igstPaise"),
      cgstPaise: net("cgstPaise"),
      sgstPaise: net("sgstPaise"),
    },
  };
}
