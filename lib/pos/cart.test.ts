import { describe, expect, it } from "vitest";
import { newClientId } from "./client-id";
import { addToCart, cartTotalPaise, exactCode, searchCustomerList, searchProducts, setQuantity } from "./cart";
import type { PosCustomer, PosProduct } from "./pos-data";
import { saleErrorMessage } from "./sale-error";
import { posProduct } from "@/lib/test/pos-product";

const product = (id: string, name: string, pricePaise: number, extra: Partial<PosProduct> = {}) =>
  posProduct(id, { name, pricePaise, ...extra });
const maggi = product("p1", "Maggi Noodles 70g", 1_400, { sku: "KIR-0034", barcode: "8901100262870" });
const salt = product("p2", "Tata Salt 1kg", 2_800, { sku: "KIR-0001" });
const parle = product("p3", "Parle-G 250g", 2_500);
const all = [maggi, salt, parle];
const byId = new Map(all.map((p) => [p.id, p]));

describe("POS cart", () => {
  it("adds a product, then counts it up instead of adding a second line", () => {
    let cart = addToCart([], maggi.id);
    cart = addToCart(cart, maggi.id);
    cart = addToCart(cart, salt.id);
    expect(cart).toEqual([
      { productId: "p1", quantity: 2 },
      { productId: "p2", quantity: 1 },
    ]);
    expect(cartTotalPaise(cart, byId)).toBe(2 * 1_400 + 2_800);
  });

  it("setting a quantity of 0 removes the line; quantities are capped", () => {
    const cart = addToCart(addToCart([], maggi.id), salt.id);
    expect(setQuantity(cart, maggi.id, 0)).toEqual([{ productId: "p2", quantity: 1 }]);
    expect(setQuantity(cart, maggi.id, 99_999)[0]!.quantity).toBe(10_000);
  });
});

describe("POS search", () => {
  it("finds products by name, SKU or barcode, a full code first", () => {
    expect(searchProducts(all, "maggi").map((p) => p.id)).toEqual(["p1"]);
    expect(searchProducts(all, "salt").map((p) => p.id)).toEqual(["p2"]);
    expect(searchProducts(all, "kir-0001").map((p) => p.id)).toEqual(["p2"]);
    expect(searchProducts(all, "26287").map((p) => p.id)).toEqual(["p1"]);
    expect(searchProducts(all, "")).toEqual([]);
    expect(exactCode(all, "8901100262870")?.id).toBe("p1");
    expect(exactCode(all, "89011")).toBeNull();
  });

  it("finds customers by name or by 3+ digits of their phone", () => {
    const customers: PosCustomer[] = [
      { id: "c1", name: "Priya Patel", phone: "9876500000", duePaise: 0, creditLimitPaise: null },
      { id: "c2", name: "Rahul Priyadarshi", phone: "9811111111", duePaise: 0, creditLimitPaise: null },
    ];
    expect(searchCustomerList(customers, "98765").map((c) => c.id)).toEqual(["c1"]);
    expect(searchCustomerList(customers, "priya").map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(searchCustomerList(customers, "98").map((c) => c.id)).toEqual([]);
  });
});

describe("POS sale errors", () => {
  const ctx = { products: byId, customer: null, money: (p: number) => `₹${p / 100}` };
  it("names the product that ran short, and how many are left", () => {
    expect(
      saleErrorMessage(
        { ok: false, code: "insufficient_stock", message: "", details: { productId: "p1", available: 2 } },
        ctx,
      ),
    ).toEqual({ message: "insufficientStock", values: { available: 2, name: "Maggi Noodles 70g" }, retry: false });
    expect(
      saleErrorMessage(
        { ok: false, code: "insufficient_stock", message: "", details: { productId: "p1", available: 0 } },
        ctx,
      ).message,
    ).toBe("outOfStock");
  });

  it("gives the credit limit numbers", () => {
    const m = saleErrorMessage(
      {
        ok: false,
        code: "credit_limit_exceeded",
        message: "",
        details: { limitPaise: 500_000, duePaise: 480_000, salePaise: 50_000, customerName: "Priya Patel" },
      },
      ctx,
    );
    expect(m).toEqual({
      message: "creditLimit",
      values: { name: "Priya Patel", limit: "₹5000", due: "₹4800", sale: "₹500" },
      retry: false,
    });
  });

  it("only a network failure offers a retry", () => {
    expect(saleErrorMessage({ ok: false, code: "network", message: "fetch failed" }, ctx)).toEqual({
      message: "network",
      retry: true,
    });
    expect(
      saleErrorMessage(
        { ok: false, code: "invalid_input", message: "", fields: { customer: "sale_credit_needs_customer" } },
        ctx,
      ).message,
    ).toBe("pickCustomer");
  });
});

describe("POS client id", () => {
  it("is a v4 UUID, also without crypto.randomUUID (plain http on the shop's LAN)", () => {
    const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newClientId()).toMatch(re);
    const original = globalThis.crypto.randomUUID;
    try {
      Object.defineProperty(globalThis.crypto, "randomUUID", { value: undefined, configurable: true });
      expect(newClientId()).toMatch(re);
    } finally {
      Object.defineProperty(globalThis.crypto, "randomUUID", { value: original, configurable: true });
    }
  });
});
