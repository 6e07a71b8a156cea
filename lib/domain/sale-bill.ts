// The bill of a sale, from its priced lines: tax per line and rate by the shop's GST status,
// discounts, round-off, then a number. Shared by the counter sale and the completed order,
// so both produce the same document for the same goods.
import type { Tx } from "@/lib/db";
import type { Unit } from "@/lib/generated/prisma/client";
import {
  chargesTax,
  issueBill,
  loadShopTax,
  placeOfSupply,
  saleBillKind,
  type BillDto,
  type Buyer,
  type ShopTax,
} from "./bill-issue";
import { computeBillTax, type BillTax, type Discount } from "./gst-tax";

/** A priced line before tax: its amount is quantity x unit price, already in paise (lib/quantity linePaise). */
export type PricedLine = {
  productId: string | null;
  name: string;
  category: string;
  unitPricePaise: number;
  /** Milli-units (0.250 kg = 250; 2 pieces = 2000). */
  quantityMilli: number;
  unit: Unit;
  lineTotalPaise: number;
  hsn: string | null;
  /** The product's rate; 0 for the calculator amount or a product without one. */
  rateBp: number;
  /** Discount on this line in paise (already limited to the line). */
  lineDiscountPaise: number;
};

/** What a TransactionItem stores: the line with its tax snapshot. */
export type TaxedSaleLine = Omit<PricedLine, "rateBp" | "lineDiscountPaise"> & {
  gstRateBp: number;
  discountPaise: number;
  taxablePaise: number;
  taxPaise: number;
};

export type SaleTax = {
  shop: ShopTax;
  tax: BillTax;
  lines: TaxedSaleLine[];
  pos: { code: string | null; inter: boolean };
};

type TaxOptions = { billDiscount?: Discount; buyer?: Buyer | null; roundOff?: boolean };

export async function taxSale(
  tx: Tx,
  merchantId: string,
  lines: PricedLine[],
  opts: TaxOptions = {},
): Promise<SaleTax> {
  return taxLines(await loadShopTax(tx, merchantId), lines, opts);
}

/** The same, for a shop's tax settings already in hand (pure: the counter sale reads them with its products). */
export function taxLines(shop: ShopTax, lines: PricedLine[], opts: TaxOptions = {}): SaleTax {
  const pos = placeOfSupply(shop, opts.buyer);
  const tax = computeBillTax(
    lines.map((l) => ({
      amountPaise: l.lineTotalPaise,
      rateBp: l.rateBp,
      discount: l.lineDiscountPaise ? { amountPaise: l.lineDiscountPaise } : undefined,
    })),
    {
      chargeTax: chargesTax(shop),
      interState: pos.inter,
      roundOff: opts.roundOff ?? shop.roundOff,
      billDiscount: opts.billDiscount,
    },
  );
  return {
    shop,
    tax,
    pos,
    lines: lines.map(({ rateBp: _r, lineDiscountPaise: _d, ...l }, i) => {
      const t = tax.lines[i]!;
      return {
        ...l,
        gstRateBp: t.rateBp,
        discountPaise: t.discountPaise,
        taxablePaise: t.taxablePaise,
        taxPaise: t.taxPaise,
      };
    }),
  };
}

/** Number and store the sale's bill: call last in the sale's transaction (the counter row stays locked). */
export function issueSaleBill(
  tx: Tx,
  merchantId: string,
  sale: SaleTax,
  transactionId: string,
  issuedAt: Date,
  buyer?: Buyer | null,
): Promise<BillDto> {
  return issueBill(tx, sale.shop, {
    merchantId,
    transactionId,
    issuedAt,
    kind: saleBillKind(sale.shop.gstStatus),
    tax: sale.tax,
    buyer,
    placeOfSupply: sale.pos.code,
  });
}

type OrderLine = Omit<PricedLine, "hsn" | "rateBp" | "lineDiscountPaise"> & { productId: string };

/**
 * A completed order's tax at today's product rates (the time of supply). No round-off: the
 * ledger entry is the total the customer agreed to when ordering.
 */
export async function taxOrder(tx: Tx, merchantId: string, items: OrderLine[]): Promise<SaleTax> {
  const products = await tx.product.findMany({
    where: { merchantId, id: { in: items.map((i) => i.productId) } },
    select: { id: true, hsn: true, gstRateBp: true },
  });
  const byId = new Map(products.map((p) => [p.id, p]));
  return taxSale(
    tx,
    merchantId,
    items.map((i) => ({
      ...i,
      hsn: byId.get(i.productId)?.hsn ?? null,
      rateBp: byId.get(i.productId)?.gstRateBp ?? 0,
      lineDiscountPaise: 0,
    })),
    { roundOff: false },
  );
}
