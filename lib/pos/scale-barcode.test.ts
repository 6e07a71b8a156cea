import { describe, expect, it } from "vitest";
import type { PosProduct } from "./pos-data";
import { ean13CheckDigit, parseScaleCode, scaleLine } from "./scale-barcode";

const dal: PosProduct = {
  id: "p1",
  name: "Toor Dal (loose)",
  sku: "KIR-0031",
  barcode: null,
  pricePaise: 12_000,
  stock: 40,
  unit: "KG",
  category: "grocery",
};
const code = (first12: string) => first12 + ean13CheckDigit(first12);

describe("weighed-item barcodes", () => {
  it("computes the EAN-13 check digit", () => {
    expect(ean13CheckDigit("400638133393")).toBe(1); // 4006381333931, a well-known EAN-13
  });

  it("reads PLU and value from a 2x code and refuses a bad check digit or another prefix", () => {
    expect(parseScaleCode(code("210003100250"))).toEqual({ plu: 31, value: 250 });
    expect(parseScaleCode("2100031002509")).toBeNull(); // wrong check digit (correct one is different)
    expect(parseScaleCode(code("890003100250"))).toBeNull();
  });

  it("adds the weight printed by the scale (grams of a per-kg item)", () => {
    expect(scaleLine([dal], code("210003100250"), "WEIGHT")).toEqual({ product: dal, quantity: 0.25 });
  });

  it("works out the weight from a printed price", () => {
    // ₹30.00 of dal at ₹120/kg = 0.250 kg
    expect(scaleLine([dal], code("210003103000"), "PRICE")).toEqual({ product: dal, quantity: 0.25 });
  });

  it("ignores scale codes when the shop has them off, or the PLU is unknown", () => {
    expect(scaleLine([dal], code("210003100250"), "OFF")).toBeNull();
    expect(scaleLine([dal], code("210009900250"), "WEIGHT")).toBeNull();
  });
});
