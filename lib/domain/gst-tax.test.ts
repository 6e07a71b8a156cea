import { describe, expect, it } from "vitest";
import { computeBillTax, discountOf, roundOffOf, shareOut, splitTax, taxableOf, type BillTax } from "./gst-tax";

const intra = { chargeTax: true, interState: false, roundOff: false };

/** The invariant every bill must hold: taxable + taxes + round-off = total, to the paisa. */
function expectBalanced(b: BillTax) {
  expect(b.taxablePaise + b.cgstPaise + b.sgstPaise + b.igstPaise + b.roundOffPaise).toBe(b.totalPaise);
  for (const l of b.lines) expect(l.taxablePaise + l.taxPaise).toBe(l.amountPaise - l.discountPaise);
}

describe("the issue's worked examples (regular shop, intra-state)", () => {
  it("one unit at ₹118.00 at 18 % -> taxable ₹100.00, CGST ₹9.00, SGST ₹9.00", () => {
    const b = computeBillTax([{ amountPaise: 11_800, rateBp: 1800 }], intra);
    expect(b).toMatchObject({ taxablePaise: 10_000, cgstPaise: 900, sgstPaise: 900, igstPaise: 0, totalPaise: 11_800 });
    expectBalanced(b);
  });

  it("2 units at ₹59.00 at 18 % -> the same", () => {
    const b = computeBillTax([{ amountPaise: 2 * 5_900, rateBp: 1800 }], intra);
    expect(b).toMatchObject({ taxablePaise: 10_000, cgstPaise: 900, sgstPaise: 900, totalPaise: 11_800 });
  });

  it("0.5 kg at ₹42.00/kg at 5 % -> line ₹21.00, taxable ₹20.00, CGST ₹0.50, SGST ₹0.50", () => {
    const b = computeBillTax([{ amountPaise: 2_100, rateBp: 500 }], intra);
    expect(b.lines[0]).toMatchObject({ taxablePaise: 2_000, taxPaise: 100 });
    expect(b).toMatchObject({ taxablePaise: 2_000, cgstPaise: 50, sgstPaise: 50, totalPaise: 2_100 });
  });
});

describe("inclusive prices at every rate", () => {
  it("taxable + tax = the line for every rate of the schedule and many odd amounts", () => {
    for (const rateBp of [0, 25, 300, 500, 1200, 1800, 2800, 4000]) {
      for (let amount = 1; amount < 5_000; amount += 37) {
        const b = computeBillTax([{ amountPaise: amount, rateBp }], intra);
        expectBalanced(b);
        // The taxable value is the nearest paisa to the exact inclusive division.
        expect(Math.abs(b.taxablePaise - (amount * 10_000) / (10_000 + rateBp))).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it("0 % has no tax; 0.25 % and 40 % follow the same formula", () => {
    expect(taxableOf(10_000, 0)).toBe(10_000);
    expect(taxableOf(10_025, 25)).toBe(10_000);
    expect(taxableOf(14_000, 4000)).toBe(10_000);
  });
});

describe("odd paise", () => {
  it("CGST takes the odd paisa, SGST the rest", () => {
    expect(splitTax(101)).toEqual({ cgstPaise: 51, sgstPaise: 50 });
    expect(splitTax(100)).toEqual({ cgstPaise: 50, sgstPaise: 50 });
    const b = computeBillTax([{ amountPaise: 1_000, rateBp: 1800 }], intra); // taxable 847, tax 153
    expect(b).toMatchObject({ taxablePaise: 847, cgstPaise: 77, sgstPaise: 76 });
    expectBalanced(b);
  });

  it("a registered buyer in another state pays IGST only", () => {
    const b = computeBillTax([{ amountPaise: 11_800, rateBp: 1800 }], { ...intra, interState: true });
    expect(b).toMatchObject({ taxablePaise: 10_000, cgstPaise: 0, sgstPaise: 0, igstPaise: 1_800 });
  });

  it("rate-wise totals for a bill with two rates", () => {
    const b = computeBillTax(
      [
        { amountPaise: 11_800, rateBp: 1800 },
        { amountPaise: 2_100, rateBp: 500 },
        { amountPaise: 5_900, rateBp: 1800 },
      ],
      intra,
    );
    expect(b.rates).toEqual([
      { rateBp: 500, taxablePaise: 2_000, cgstPaise: 50, sgstPaise: 50, igstPaise: 0 },
      { rateBp: 1800, taxablePaise: 15_000, cgstPaise: 1_350, sgstPaise: 1_350, igstPaise: 0 },
    ]);
    expectBalanced(b);
  });
});

describe("discounts reduce the taxable value", () => {
  it("a line discount in percent and in paise", () => {
    expect(discountOf(11_800, { percent: 10 })).toBe(1_180);
    expect(discountOf(11_800, { amountPaise: 1_800 })).toBe(1_800);
    expect(discountOf(100, { amountPaise: 500 })).toBe(100); // never more than the line
    const b = computeBillTax([{ amountPaise: 11_800, rateBp: 1800, discount: { amountPaise: 1_180 } }], intra);
    expect(b).toMatchObject({ discountPaise: 1_180, taxablePaise: 9_000, cgstPaise: 810, sgstPaise: 810 });
    expect(b.totalPaise).toBe(10_620);
    expectBalanced(b);
  });

  it("a bill discount is shared over the lines in proportion and adds up exactly", () => {
    expect(shareOut(100, [1, 1, 1])).toEqual([34, 33, 33]);
    const b = computeBillTax(
      [
        { amountPaise: 11_800, rateBp: 1800 },
        { amountPaise: 2_100, rateBp: 500 },
      ],
      { ...intra, billDiscount: { amountPaise: 1_001 } },
    );
    expect(b.discountPaise).toBe(1_001);
    expect(b.lines.map((l) => l.discountPaise).reduce((s, v) => s + v)).toBe(1_001);
    expect(b.totalPaise).toBe(13_900 - 1_001);
    expectBalanced(b);
  });

  it("a line discount and a bill percent discount together", () => {
    const b = computeBillTax(
      [
        { amountPaise: 9_999, rateBp: 1800, discount: { percent: 12.5 } },
        { amountPaise: 333, rateBp: 0 },
      ],
      { ...intra, billDiscount: { percent: 5 } },
    );
    expectBalanced(b);
    expect(b.totalPaise).toBe(9_999 - 1_250 + 333 - Math.round((8_749 + 333) * 0.05));
  });
});

describe("round-off", () => {
  it("to the nearest rupee, as its own signed line", () => {
    expect(roundOffOf(10_049)).toBe(-49);
    expect(roundOffOf(10_050)).toBe(50);
    expect(roundOffOf(10_000)).toBe(0);
    const b = computeBillTax(
      [
        { amountPaise: 1_000, rateBp: 1800 },
        { amountPaise: 2_149, rateBp: 500 },
      ],
      {
        ...intra,
        roundOff: true,
      },
    );
    expect(b.roundOffPaise).toBe(-49);
    expect(b.totalPaise).toBe(3_100);
    expectBalanced(b);
  });

  it("a shop that charges no tax: taxable is the whole amount", () => {
    const b = computeBillTax([{ amountPaise: 11_800, rateBp: 1800 }], { ...intra, chargeTax: false, roundOff: true });
    expect(b).toMatchObject({ taxablePaise: 11_800, cgstPaise: 0, sgstPaise: 0, igstPaise: 0, totalPaise: 11_800 });
    expect(b.lines[0]!.rateBp).toBe(0);
  });
});
