// GST arithmetic on tax-inclusive line amounts, in integer paise (INDIA-BILLING.md, "Tax
// arithmetic"). Quantity-agnostic: a line is its amount (quantity x price, already rounded to
// paise by the sale), so loose goods by weight need nothing special here.
//
// The stated rules, one place each:
// - rates are hundredths of a percent (1800 = 18 %, 25 = 0.25 %), never floats;
// - a discount reduces the line before tax; a bill discount is shared over the lines in
//   proportion to their amounts (largest remainder, so the shares add up exactly);
// - per line: taxable = round-half-up(net x 10000 / (10000 + rate)), tax = net - taxable,
//   so taxable + tax = net to the paisa;
// - per rate: CGST takes the odd paisa of an odd tax (CGST = ceil(tax / 2), SGST = the rest);
//   across states (a registered buyer elsewhere) the whole tax is IGST;
// - optional round-off to whole rupees (half up), a separate signed line.
// Pure functions: no database, no clock.

export type Discount = { percent: number } | { amountPaise: number };

export type TaxLineInput = {
  /** Tax-inclusive amount of the line before any discount (quantity x unit price). */
  amountPaise: number;
  /** 1800 = 18 %. 0 for exempt or when the shop charges no tax. */
  rateBp: number;
  discount?: Discount;
};

export type TaxedLine = {
  amountPaise: number;
  rateBp: number;
  discountPaise: number;
  taxablePaise: number;
  taxPaise: number;
};

export type RateTotal = {
  rateBp: number;
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
};

export type BillTax = {
  lines: TaxedLine[];
  rates: RateTotal[];
  discountPaise: number;
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  roundOffPaise: number;
  totalPaise: number;
};

export type BillTaxOptions = {
  /** false for a bill of supply or a plain bill: no tax is charged, taxable = the amount. */
  chargeTax: boolean;
  interState: boolean;
  roundOff: boolean;
  billDiscount?: Discount;
};

/** Percent with up to 2 decimals -> hundredths of a percent (18 -> 1800, 0.25 -> 25). */
export function percentToBp(percent: number): number {
  return Math.round(percent * 100);
}

/** a x b / c rounded half up, for non-negative integers whose product stays below 2^53. */
function mulDivRound(a: number, b: number, c: number): number {
  return Math.floor((2 * a * b + c) / (2 * c));
}

/** The discount of `amount` in paise, never more than the amount itself. */
export function discountOf(amountPaise: number, d: Discount | undefined): number {
  if (!d) return 0;
  const off = "percent" in d ? mulDivRound(amountPaise, percentToBp(d.percent), 10_000) : d.amountPaise;
  return Math.min(Math.max(off, 0), amountPaise);
}

/** Taxable value inside a tax-inclusive amount. */
export function taxableOf(netPaise: number, rateBp: number): number {
  return mulDivRound(netPaise, 10_000, 10_000 + rateBp);
}

/** Share `total` over `weights` in proportion, largest remainder first; the shares sum to total. */
export function shareOut(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((s, v) => s + v, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

/** CGST takes the odd paisa. */
export function splitTax(taxPaise: number): { cgstPaise: number; sgstPaise: number } {
  const sgstPaise = Math.floor(taxPaise / 2);
  return { cgstPaise: taxPaise - sgstPaise, sgstPaise };
}

/** Nearest whole rupee, half up: the signed round-off in paise. */
export function roundOffOf(totalPaise: number): number {
  const rem = totalPaise % 100;
  if (rem === 0) return 0;
  return rem >= 50 ? 100 - rem : -rem;
}

/** The whole bill: per-line taxable value and tax, rate-wise totals, round-off and total. */
export function computeBillTax(inputs: TaxLineInput[], opts: BillTaxOptions): BillTax {
  const afterLine = inputs.map((l) => l.amountPaise - discountOf(l.amountPaise, l.discount));
  const subtotal = afterLine.reduce((s, v) => s + v, 0);
  const billOff = discountOf(subtotal, opts.billDiscount);
  const shares = shareOut(billOff, afterLine);

  const lines: TaxedLine[] = inputs.map((l, i) => {
    const net = afterLine[i]! - shares[i]!;
    const rateBp = opts.chargeTax ? l.rateBp : 0;
    const taxablePaise = taxableOf(net, rateBp);
    return {
      amountPaise: l.amountPaise,
      rateBp,
      discountPaise: l.amountPaise - net,
      taxablePaise,
      taxPaise: net - taxablePaise,
    };
  });

  const byRate = new Map<number, { taxable: number; tax: number }>();
  for (const l of lines) {
    const r = byRate.get(l.rateBp) ?? { taxable: 0, tax: 0 };
    r.taxable += l.taxablePaise;
    r.tax += l.taxPaise;
    byRate.set(l.rateBp, r);
  }
  const rates: RateTotal[] = [...byRate.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([rateBp, r]) =>
      opts.interState
        ? { rateBp, taxablePaise: r.taxable, cgstPaise: 0, sgstPaise: 0, igstPaise: r.tax }
        : { rateBp, taxablePaise: r.taxable, ...splitTax(r.tax), igstPaise: 0 },
    );

  const sum = (f: (r: RateTotal) => number) => rates.reduce((s, r) => s + f(r), 0);
  const net = lines.reduce((s, l) => s + l.amountPaise - l.discountPaise, 0);
  const roundOffPaise = opts.roundOff ? roundOffOf(net) : 0;
  return {
    lines,
    rates,
    discountPaise: lines.reduce((s, l) => s + l.discountPaise, 0),
    taxablePaise: sum((r) => r.taxablePaise),
    cgstPaise: sum((r) => r.cgstPaise),
    sgstPaise: sum((r) => r.sgstPaise),
    igstPaise: sum((r) => r.igstPaise),
    roundOffPaise,
    totalPaise: net + roundOffPaise,
  };
}
