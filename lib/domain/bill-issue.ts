// Issue the legal document of a sale or a return inside its DB transaction: which kind the
// shop's GST status calls for (INDIA-BILLING.md, "Which document a sale produces"), the next
// number of its series, and the tax totals frozen on a Bill row.
import crypto from "node:crypto";
import type { Tx } from "@/lib/db";
import type { BillKind, GstStatus } from "@/lib/generated/prisma/client";
import { CREDIT_NOTE_SERIES, DEFAULT_BILL_PREFIX, SEQ_DIGITS, financialYear } from "./bill-number";
import { billLinkPath } from "./bill-token";
import type { BillTax, RateTotal } from "./gst-tax";

export type ShopTax = {
  gstStatus: GstStatus;
  gstin: string | null;
  stateCode: string | null;
  billPrefix: string | null;
  roundOff: boolean;
  timeZone: string;
};

/** gstin: a registered buyer (B2B); without it, state is where an unregistered buyer takes the goods. */
export type Buyer = { gstin?: string | null; name: string; address?: string | null; state?: string | null };

export type BillDto = {
  id: string;
  number: string;
  kind: BillKind;
  issuedAt: Date;
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  roundOffPaise: number;
  totalPaise: number;
  rates: RateTotal[];
  buyer: Buyer | null;
  placeOfSupply: string | null;
  originalBillId: string | null;
  cancelled: boolean;
  /** The public link's path (/b/<signed token>). */
  linkPath: string;
};

export const billSelect = {
  id: true,
  number: true,
  kind: true,
  issuedAt: true,
  taxablePaise: true,
  cgstPaise: true,
  sgstPaise: true,
  igstPaise: true,
  roundOffPaise: true,
  totalPaise: true,
  rates: true,
  buyerGstin: true,
  buyerName: true,
  buyerAddress: true,
  placeOfSupply: true,
  originalBillId: true,
  cancelledAt: true,
} as const;

type BillRow = {
  [K in keyof typeof billSelect]: K extends "rates"
    ? unknown
    : K extends "cancelledAt"
      ? Date | null
      : K extends keyof BillDto
        ? BillDto[K]
        : K extends "buyerGstin" | "buyerName" | "buyerAddress"
          ? string | null
          : never;
};

export function toBillDto(r: BillRow): BillDto {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    issuedAt: r.issuedAt,
    taxablePaise: r.taxablePaise,
    cgstPaise: r.cgstPaise,
    sgstPaise: r.sgstPaise,
    igstPaise: r.igstPaise,
    roundOffPaise: r.roundOffPaise,
    totalPaise: r.totalPaise,
    rates: r.rates as RateTotal[],
    buyer:
      r.buyerGstin || r.buyerName ? { gstin: r.buyerGstin, name: r.buyerName ?? "", address: r.buyerAddress } : null,
    placeOfSupply: r.placeOfSupply,
    originalBillId: r.originalBillId,
    cancelled: r.cancelledAt !== null,
    linkPath: billLinkPath(r.id),
  };
}

export const shopTaxSelect = {
  gstStatus: true,
  gstin: true,
  stateCode: true,
  billPrefix: true,
  roundOff: true,
  timeZone: true,
} as const;

export async function loadShopTax(tx: Tx, merchantId: string): Promise<ShopTax> {
  return tx.merchant.findUniqueOrThrow({ where: { id: merchantId }, select: shopTaxSelect });
}

export function saleBillKind(status: GstStatus): BillKind {
  if (status === "REGULAR") return "TAX_INVOICE";
  return status === "COMPOSITION" ? "BILL_OF_SUPPLY" : "BILL";
}

/** Only a regular (registered, non-composition) shop charges GST. */
export const chargesTax = (shop: ShopTax) => shop.gstStatus === "REGULAR";

/**
 * A registered buyer whose GSTIN is of another state, or goods delivered to another state
 * (the unregistered buyer's `state`): IGST, and the place of supply is theirs.
 */
export function placeOfSupply(shop: ShopTax, buyer: Buyer | null | undefined): { code: string | null; inter: boolean } {
  const theirs = buyer?.gstin?.slice(0, 2) ?? buyer?.state ?? null;
  if (theirs && shop.stateCode && theirs !== shop.stateCode) return { code: theirs, inter: true };
  return { code: shop.stateCode, inter: false };
}

export type IssueInput = {
  merchantId: string;
  transactionId: string;
  issuedAt: Date;
  kind: BillKind;
  tax: BillTax;
  buyer?: Buyer | null;
  placeOfSupply: string | null;
  originalBillId?: string | null;
};

/**
 * Number and store the bill in ONE statement: the counter's upsert (its row stays locked until
 * the caller commits, so call this last) feeds the Bill insert. Same numbering as
 * nextBillSeq + formatBillNumber, one round trip instead of two inside the locked section.
 */
export async function issueBill(tx: Tx, shop: ShopTax, input: IssueInput): Promise<BillDto> {
  const plan = planBill(shop, input);
  const t = input.tax;
  const buyer = input.buyer ?? null;
  const [row] = await tx.$queryRaw<{ number: string }[]>`
    WITH c AS (
      INSERT INTO "BillCounter" ("merchantId", "series", "fy", "last") VALUES (${input.merchantId}, ${plan.series}, ${plan.fy}, 1)
      ON CONFLICT ("merchantId", "series", "fy") DO UPDATE SET "last" = "BillCounter"."last" + 1
      RETURNING "last")
    INSERT INTO "Bill" ("id", "merchantId", "transactionId", "kind", "series", "fy", "seq", "number", "issuedAt",
      "taxablePaise", "cgstPaise", "sgstPaise", "igstPaise", "roundOffPaise", "totalPaise", "rates",
      "buyerGstin", "buyerName", "buyerAddress", "placeOfSupply", "originalBillId")
    SELECT ${plan.id}, ${input.merchantId}, ${input.transactionId}, ${input.kind}::"BillKind", ${plan.series}, ${plan.fy}, c."last",
      ${`${plan.series}/${plan.fy}/`} || lpad(c."last"::text, ${SEQ_DIGITS}, '0'), ${input.issuedAt},
      ${t.taxablePaise}, ${t.cgstPaise}, ${t.sgstPaise}, ${t.igstPaise}, ${t.roundOffPaise}, ${t.totalPaise},
      ${JSON.stringify(t.rates)}::jsonb, ${buyer?.gstin ?? null}, ${buyer?.name ?? null}, ${buyer?.address ?? null},
      ${input.placeOfSupply}, ${input.originalBillId ?? null}
    FROM c
    RETURNING "number"`;
  return billDtoOf(plan.id, row!.number, input);
}

/** The bill's id, series and financial year, before its number is taken. */
export function planBill(shop: ShopTax, input: Pick<IssueInput, "kind" | "issuedAt">) {
  return {
    id: crypto.randomUUID(),
    series: input.kind === "CREDIT_NOTE" ? CREDIT_NOTE_SERIES : (shop.billPrefix ?? DEFAULT_BILL_PREFIX),
    fy: financialYear(input.issuedAt, shop.timeZone),
  };
}

/** The totals a Bill row stores and its receipt shows. */
export function billTotals(t: BillTax) {
  const { taxablePaise, cgstPaise, sgstPaise, igstPaise, roundOffPaise, totalPaise, rates } = t;
  return { taxablePaise, cgstPaise, sgstPaise, igstPaise, roundOffPaise, totalPaise, rates };
}

/** The issued bill as the receipt shows it, from what was stored. */
export function billDtoOf(
  id: string,
  number: string,
  input: Omit<IssueInput, "merchantId" | "transactionId">,
): BillDto {
  const buyer = input.buyer ?? null;
  return {
    id,
    number,
    kind: input.kind,
    issuedAt: input.issuedAt,
    ...billTotals(input.tax),
    buyer: buyer ? { gstin: buyer.gstin ?? null, name: buyer.name, address: buyer.address ?? null } : null,
    placeOfSupply: input.placeOfSupply,
    originalBillId: input.originalBillId ?? null,
    cancelled: false,
    linkPath: billLinkPath(id),
  };
}
