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
  it("parses typed rupees into integer paise without floats", () => {
    expect(parseRupeesToPaise("1,234.5")).toBe(123_450);
    expect(parseRupeesToPaise("0.29")).toBe(29);
    expect(parseRupeesToPaise("₹ 12")).toBe(1200);
    expect(parseRupeesToPaise("1.234")).toBeNull();
    expect(parseRupeesToPaise("abc")).toBeNull();
    expect(paiseToDecimalString(15_505)).toBe("155.05");
  });
});
