import { describe, expect, it } from "vitest";
import { fitsUnit, formatQuantity, linePaise, milliForAmount, toMilli, MAX_STOCK_MILLI } from "./quantity";

describe("milli-unit quantities", () => {
  it("reads up to 3 decimals exactly and refuses a fourth", () => {
    expect(toMilli(0.25)).toBe(250);
    expect(toMilli(1.5)).toBe(1500);
    expect(toMilli(0.001)).toBe(1);
    expect(toMilli(2.675)).toBe(2675); // 2.675 is 2.67499... as a float: still 2675
    expect(toMilli(0.0005)).toBeNull();
    expect(toMilli(1.2345)).toBeNull();
    expect(toMilli(Number.NaN)).toBeNull();
  });

  it("keeps countable units whole", () => {
    expect(fitsUnit(2000, "PIECE")).toBe(true);
    expect(fitsUnit(400, "PIECE")).toBe(false);
    expect(fitsUnit(1500, "DOZEN")).toBe(false);
    expect(fitsUnit(250, "KG")).toBe(true);
  });

  it("rounds quantity x price to paise half up, once", () => {
    expect(linePaise(250, 12_000)).toBe(3_000); // 0.250 kg of dal at ₹120/kg = ₹30.00
    expect(linePaise(333, 1_000)).toBe(333); // 0.333 x ₹10 = 333 paise exactly
    expect(linePaise(1, 500)).toBe(1); // 0.5 paise rounds up
    expect(linePaise(1, 499)).toBe(0); // 0.499 paise rounds down
    expect(linePaise(1_136, 4_400)).toBe(4_998); // 4998.4
    expect(linePaise(2_000, 2_500)).toBe(5_000); // whole pieces stay exact
    expect(linePaise(-1, 500)).toBe(-1); // symmetric for reversals
    // 1,000,000 units at ₹21 lakh: beyond 2^53 inside, exact outside.
    expect(linePaise(MAX_STOCK_MILLI, 210_000_000)).toBe(210_000_000_000_000);
  });

  it("finds the quantity a rupee amount buys", () => {
    expect(milliForAmount(5_000, 4_400)).toBe(1_136); // ₹50 of sugar at ₹44/kg = 1.136 kg
    expect(linePaise(milliForAmount(5_000, 4_400), 4_400)).toBe(4_998);
    expect(milliForAmount(5_000, 10_000)).toBe(500);
    expect(milliForAmount(5_000, 0)).toBe(0);
  });

  it("formats 0.250 kg", () => {
    expect(formatQuantity(250, "KG")).toBe("0.250 kg");
    expect(formatQuantity(1_500, "LITRE")).toBe("1.500 L");
    expect(formatQuantity(250_000, "G")).toBe("250 g");
    expect(formatQuantity(12_500, "ML")).toBe("12.5 ml");
    expect(formatQuantity(3_000, "PIECE")).toBe("3");
    expect(formatQuantity(-2_000, "PACK")).toBe("-2");
  });
});
