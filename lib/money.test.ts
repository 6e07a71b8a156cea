import { describe, expect, it } from "vitest";
import { formatPaise, paiseToDecimalString, parseRupeesToPaise } from "./money";

describe("money", () => {
  it("formats paise as rupees with Indian digit grouping in both languages", () => {
    expect(formatPaise(12_345_650)).toBe("₹1,23,456.50");
    expect(formatPaise(12_345_650, "hi")).toBe("₹1,23,456.50");
    expect(formatPaise(15_500)).toBe("₹155");
    expect(formatPaise(15_500, "en", true)).toBe("₹155.00");
    expect(formatPaise(-5)).toBe("-₹0.05");
  });
  it("groups rupees exactly as Intl's en-IN and hi-IN rupee format does, from ₹0 to crores", () => {
    const values = [0, 1, 9, 99, 100, 999, 1000, 9999, 10_000, 99_999, 1_00_000, 12_34_567, 1_00_00_000, 99_99_99_999];
    for (let n = 7; n < 1e12; n = n * 7 + 3) values.push(n);
    for (const locale of ["en-IN", "hi-IN"]) {
      const intl = new Intl.NumberFormat(locale, { style: "currency", currency: "INR", maximumFractionDigits: 0 });
      for (const rupees of values) {
        expect(formatPaise(rupees * 100, locale.slice(0, 2))).toBe(intl.format(rupees));
        expect(formatPaise(-(rupees * 100 + 5))).toBe(`-${intl.format(rupees)}.05`);
      }
    }
  });
  it("parses typed rupees into integer paise without floats", () => {
    expect(parseRupeesToPaise("1,234.5")).toBe(123_450);
    expect(parseRupeesToPaise("0.29")).toBe(29);
    expect(parseRupeesToPaise("₹ 12")).toBe(1200);
    expect(parseRupeesToPaise("1.234")).toBeNull();
    expect(parseRupeesToPaise("abc")).toBeNull();
    expect(paiseToDecimalString(15_505)).toBe("155.05");
  });
});
