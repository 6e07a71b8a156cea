import { describe, expect, it } from "vitest";
import type { PosData } from "./pos-data";
import { fromWire, toWire, type PosWire } from "./pos-wire";

const data: PosData = {
  shop: {
    name: "Asha Kirana",
    scaleBarcode: "WEIGHT",
    sellPastStock: false,
    upiId: null,
    upiPayeeName: null,
    timeZone: "Asia/Kolkata",
  },
  products: [
    {
      id: "p1",
      name: "Atta 5 kg",
      sku: "ATTA5",
      barcode: "8901",
      pricePaise: 24_500,
      stock: 12,
      unit: "PACK",
      category: "grocery",
    },
    {
      id: "p2",
      name: "Toor dal",
      sku: null,
      barcode: null,
      pricePaise: 14_000,
      stock: 3.25,
      unit: "KG",
      category: "pulses",
    },
  ],
  customers: [{ id: "c1", name: "Ravi", phone: null, duePaise: 5_000, creditLimitPaise: 100_000 }],
  customersComplete: true,
  canAllowOverLimit: false,
  loadedAt: "2026-12-03T08:00:00.000Z",
};

describe("the POS snapshot on the wire", () => {
  it("sends products as one array per field and reads back exactly the same data", () => {
    const wire = toWire(data);
    expect(wire.products.id).toEqual(["p1", "p2"]);
    expect(wire.products.stock).toEqual([12, 3.25]);
    expect(wire.products.sku).toEqual(["ATTA5", null]);
    expect(wire.shop).toEqual(data.shop);
    expect(fromWire(JSON.parse(JSON.stringify(wire)) as PosWire)).toEqual(data);
  });

  it("is smaller than the same products as objects", () => {
    const many: PosData = {
      ...data,
      products: Array.from({ length: 500 }, (_, i) => ({ ...data.products[i % 2]!, id: `p${i}` })),
    };
    expect(JSON.stringify(toWire(many)).length).toBeLessThan(JSON.stringify(many).length * 0.7);
  });

  it("refuses a body whose columns do not line up instead of making half-read products", () => {
    const wire = toWire(data);
    expect(() => fromWire({ ...wire, products: { ...wire.products, pricePaise: [24_500] } })).toThrow("malformed");
    const { unit: _unit, ...noUnit } = wire.products;
    expect(() => fromWire({ ...wire, products: noUnit as PosWire["products"] })).toThrow("malformed");
    expect(fromWire(toWire({ ...data, products: [] })).products).toEqual([]);
  });
});
