// Demo GST data: each shop's registration, a realistic HSN and GST 2.0 rate per product
// (INDIA-BILLING.md, "GST rates"), and a numbered bill for every seeded sale, computed by the
// app's own tax arithmetic so the demo's GSTR-1 adds up.
import { financialYear, formatBillNumber } from "@/lib/domain/bill-number";
import { computeBillTax } from "@/lib/domain/gst-tax";
import type { Prisma } from "@/lib/generated/prisma/client";

type ShopKey = "kirana" | "dairy" | "medical" | "hardware" | "bakery";

/** Sharma Kirana files regular GST returns; Sanjivani Medical is under composition; the rest are not registered. */
export function shopGst(key: string) {
  const prefix: Record<ShopKey, string> = { kirana: "SKS", dairy: "GD", medical: "SM", hardware: "VH", bakery: "AB" };
  const status = key === "kirana" ? "REGULAR" : key === "medical" ? "COMPOSITION" : "UNREGISTERED";
  const state: Record<ShopKey, string> = { kirana: "08", dairy: "24", medical: "27", hardware: "09", bakery: "32" };
  return {
    gstStatus: status as "REGULAR" | "COMPOSITION" | "UNREGISTERED",
    stateCode: state[key as ShopKey],
    billPrefix: prefix[key as ShopKey],
  };
}

// First match wins: [name pattern, HSN, rate in hundredths of a percent].
const RULES: [RegExp, string, number][] = [
  [/milk(?! cake)|curd|chaas|buttermilk|lassi|paneer|egg(?!.*puff)|salt|bread|pav/i, "0401", 0],
  [/atta|flour/i, "1101", 500],
  [/rice/i, "1006", 500],
  [/dal/i, "0713", 500],
  [/sugar/i, "1701", 500],
  [/oil(?!.*coconut)|ghee|butter(?! cookies)/i, "1512", 500],
  [/tea/i, "0902", 500],
  [/coffee/i, "2101", 500],
  [/thums up|cola|soda/i, "2202", 4000],
  [/cheese/i, "0406", 500],
  [/ice cream|kulfi/i, "2105", 500],
  [/cake|pastry|cookies|biscuit|rusk|nankhatai|parle|good day|puff/i, "1905", 500],
  [/maggi|noodles|poha/i, "1902", 500],
  [/notebook/i, "4820", 0],
  [/pen/i, "9608", 1800],
  [/surf|vim|harpic|detergent|dettol|sanitizer/i, "3402", 1800],
  [/good knight|refill/i, "3808", 1800],
  [/colgate|toothpaste/i, "3306", 500],
  [/soap|lifebuoy/i, "3401", 500],
  [/shampoo|coconut oil|parachute/i, "3305", 500],
  [/diaper|whisper/i, "9619", 500],
  [/thermometer/i, "9025", 500],
  [/cement/i, "2523", 1800],
  [/paint|putty/i, "3209", 1800],
  [/led|bulb|tube|mcb|switch|board|wire|capacitor|torch/i, "8539", 1800],
  [/hammer|screw|drill|spirit level|measuring|ladder/i, "8205", 1800],
];
const BY_CATEGORY: Record<string, [string, number]> = {
  grocery: ["1904", 500],
  snacks: ["2106", 500],
  dairy: ["0405", 500],
  beverages: ["2202", 500],
  household: ["7326", 1800],
  "personal care": ["3304", 500],
  medicines: ["3004", 500],
  stationery: ["3506", 1800],
};

export function productGst(name: string, category: string, pricePaise: number) {
  const rule = RULES.find(([re]) => re.test(name));
  const [hsn, rateBp] = rule ? [rule[1], rule[2]] : (BY_CATEGORY[category] ?? ["9999", 1800]);
  // Packaged goods carry a printed MRP; the demo prices are at it.
  return { hsn, gstRateBp: rateBp, mrpPaise: pricePaise };
}

type Item = Prisma.TransactionItemCreateManyInput;
type Tx = Prisma.TransactionCreateManyInput;

/** The demo's registered buyer in another state (a valid GSTIN: Maharashtra, 27): an IGST bill. */
export const DEMO_B2B_BUYER = { gstin: "27AAKPS1234L1ZE", name: "Patil Traders", address: "Market Yard, Pune" };

/**
 * Bills for a shop's seeded sales in time order (numbers consecutive per financial year),
 * filling each item's tax snapshot in place; voided sales keep their number as cancelled.
 * A regular shop's two latest paid sales of 2+ lines (not voided) show the counter's GST
 * extras: a 10 % discount on one line (the sale's amount drops by it, so call this before
 * the ledger rows are written) and a B2B bill to DEMO_B2B_BUYER.
 */
export function seedBills(
  merchantId: string,
  gst: ReturnType<typeof shopGst>,
  txs: Tx[],
  items: Item[],
  rateOf: (productId: string) => { hsn: string; gstRateBp: number },
) {
  const regular = gst.gstStatus === "REGULAR";
  const kind = regular ? "TAX_INVOICE" : gst.gstStatus === "COMPOSITION" ? "BILL_OF_SUPPLY" : "BILL";
  const itemsOf = new Map<string, Item[]>();
  for (const it of items) itemsOf.set(it.transactionId, [...(itemsOf.get(it.transactionId) ?? []), it]);
  const voided = new Map(txs.filter((t) => t.voidsId).map((t) => [t.voidsId!, t.occurredAt as Date]));
  const sales = txs
    .filter((t) => t.type === "SALE" || t.type === "CREDIT_SALE")
    .sort((a, b) => +(a.occurredAt as Date) - +(b.occurredAt as Date));
  const [discounted, b2b] = regular
    ? sales.filter((t) => t.type === "SALE" && !voided.has(t.id!) && (itemsOf.get(t.id!)?.length ?? 0) >= 2).slice(-2)
    : [];
  if (discounted) {
    const line = itemsOf.get(discounted.id!)![0]!;
    line.discountPaise = Math.round(line.lineTotalPaise / 10);
    discounted.amountPaise -= line.discountPaise;
  }
  const last = new Map<string, number>();
  const bills: Prisma.BillCreateManyInput[] = [];
  for (const t of sales) {
    const lines = itemsOf.get(t.id!) ?? [];
    const buyer = t === b2b ? DEMO_B2B_BUYER : null;
    const tax = computeBillTax(
      lines.length
        ? lines.map((l) => ({
            amountPaise: l.lineTotalPaise,
            rateBp: rateOf(l.productId!).gstRateBp,
            discount: l.discountPaise ? { amountPaise: l.discountPaise } : undefined,
          }))
        : [{ amountPaise: t.amountPaise, rateBp: 0 }],
      { chargeTax: regular, interState: !!buyer && buyer.gstin.slice(0, 2) !== gst.stateCode, roundOff: false },
    );
    lines.forEach((l, i) => {
      const x = tax.lines[i]!;
      Object.assign(l, {
        hsn: rateOf(l.productId!).hsn,
        gstRateBp: x.rateBp,
        discountPaise: x.discountPaise,
        taxablePaise: x.taxablePaise,
        taxPaise: x.taxPaise,
      });
    });
    const issuedAt = t.occurredAt as Date;
    const fy = financialYear(issuedAt, "Asia/Kolkata");
    const seq = (last.get(fy) ?? 0) + 1;
    last.set(fy, seq);
    bills.push({
      id: `b_${t.id}`,
      merchantId,
      transactionId: t.id!,
      kind,
      series: gst.billPrefix,
      fy,
      seq,
      number: formatBillNumber(gst.billPrefix, fy, seq),
      issuedAt,
      taxablePaise: tax.taxablePaise,
      cgstPaise: tax.cgstPaise,
      sgstPaise: tax.sgstPaise,
      igstPaise: tax.igstPaise,
      roundOffPaise: 0,
      totalPaise: tax.totalPaise,
      rates: tax.rates,
      placeOfSupply: buyer ? buyer.gstin.slice(0, 2) : gst.stateCode,
      buyerGstin: buyer?.gstin ?? null,
      buyerName: buyer?.name ?? null,
      buyerAddress: buyer?.address ?? null,
      cancelledAt: voided.get(t.id!) ?? null,
      createdAt: issuedAt,
    });
  }
  const counters = [...last].map(([fy, n]) => ({ merchantId, series: gst.billPrefix, fy, last: n }));
  return { bills, counters };
}
