import { describe, expect, it } from "vitest";
import { buildUpiUri, orderUpiRef, parseUpiUri, shopUpiUri } from "@/lib/upi";
import { gstinSchema, pinCodeSchema, upiIdSchema } from "@/lib/validation/fields";

describe("buildUpiUri", () => {
  it("writes the amount from integer paise as a 2-decimal rupee string, with currency and an encoded note", () => {
    expect(
      buildUpiUri({ pa: "sharmakirana@okhdfcbank", pn: "Sharma Kirana & Sons", amountPaise: 15500, note: "Bill 42/A" }),
    ).toBe("upi://pay?pa=sharmakirana@okhdfcbank&pn=Sharma%20Kirana%20%26%20Sons&am=155.00&cu=INR&tn=Bill%2042%2FA");
    expect(buildUpiUri({ pa: "a.b@ybl", pn: "X", amountPaise: 5 })).toContain("am=0.05&");
  });

  it("leaves the amount out for a static QR and omits an empty payee name", () => {
    expect(buildUpiUri({ pa: "shop@okaxis", pn: "" })).toBe("upi://pay?pa=shop@okaxis&cu=INR");
  });

  it("refuses a bad UPI id or a non-integer / non-positive amount", () => {
    expect(() => buildUpiUri({ pa: "not-an-id", pn: "X" })).toThrow();
    expect(() => buildUpiUri({ pa: "shop@okaxis", amountPaise: 15.5 })).toThrow();
    expect(() => buildUpiUri({ pa: "shop@okaxis", amountPaise: 0 })).toThrow();
  });

  it("round-trips through parseUpiUri", () => {
    const uri = buildUpiUri({ pa: "newshop@okaxis", pn: "नई दुकान", amountPaise: 123456, note: "Order #7" });
    expect(parseUpiUri(uri)).toEqual({
      pa: "newshop@okaxis",
      pn: "नई दुकान",
      am: "1234.56",
      amountPaise: 123456,
      tn: "Order #7",
    });
  });

  it("carries the bill or order reference in tr, and refuses one a UPI app would not take", () => {
    const uri = buildUpiUri({ pa: "shop@okaxis", pn: "S", amountPaise: 8100, note: "Order", ref: "SKS/26-27/000123" });
    expect(uri).toBe("upi://pay?pa=shop@okaxis&pn=S&am=81.00&cu=INR&tn=Order&tr=SKS%2F26-27%2F000123");
    expect(parseUpiUri(uri)?.tr).toBe("SKS/26-27/000123");
    expect(() => buildUpiUri({ pa: "shop@okaxis", ref: "has space" })).toThrow();
    expect(() => buildUpiUri({ pa: "shop@okaxis", ref: "x".repeat(36) })).toThrow();
    expect(orderUpiRef("cmabc123def456ghi789jk1mn")).toBe("ORD-789JK1MN");
    expect(shopUpiUri({ upiId: "gd@oksbi", shopName: "G" }, 100, null, orderUpiRef("c".repeat(25)))).toMatch(
      /&tr=ORD-CCCCCCCC$/,
    );
  });

  it("shopUpiUri falls back to the shop name and is null without a UPI id", () => {
    expect(shopUpiUri({ upiId: "gd@oksbi", upiPayeeName: null, shopName: "Gopal Dairy" }, 2000)).toBe(
      "upi://pay?pa=gd@oksbi&pn=Gopal%20Dairy&am=20.00&cu=INR",
    );
    expect(shopUpiUri({ upiId: null, shopName: "X" })).toBeNull();
  });
});

describe("parseUpiUri", () => {
  it("reads stickers as banks print them (spaces, +, upper-case keys, %40)", () => {
    expect(parseUpiUri("upi://pay?pa=newshop@okaxis&pn=New%20Shop")).toEqual({ pa: "newshop@okaxis", pn: "New Shop" });
    expect(parseUpiUri("UPI://pay?PA=ramesh.s%40ybl&PN=Ramesh+Sharma&mc=5411&cu=INR")).toEqual({
      pa: "ramesh.s@ybl",
      pn: "Ramesh Sharma",
    });
    expect(parseUpiUri("upi://pay?pa=x1@paytm&pn=Bad%ZZname")?.pn).toBe("Bad%ZZname");
  });

  it("is null for anything that is not a UPI payment link", () => {
    expect(parseUpiUri("https://example.com/?pa=x@okaxis")).toBeNull();
    expect(parseUpiUri("upi://pay?pn=No%20Id")).toBeNull();
    expect(parseUpiUri("upi://pay?pa=not-an-id")).toBeNull();
    expect(parseUpiUri("hello")).toBeNull();
  });

  it("drops an amount that is not a rupee figure", () => {
    expect(parseUpiUri("upi://pay?pa=a1@okaxis&am=abc")).toEqual({ pa: "a1@okaxis", pn: "" });
  });
});

describe("shop field rules", () => {
  it("UPI id: name@bank", () => {
    for (const ok of ["sharmakirana@okhdfcbank", "98100.00001@ybl", "a_b-c@paytm"])
      expect(upiIdSchema.safeParse(ok).success).toBe(true);
    for (const bad of ["sharma", "@okaxis", "a@1bank", "two words@ybl", "x@y"])
      expect(upiIdSchema.safeParse(bad).success).toBe(false);
  });

  it("GSTIN: 15 characters, a real state code and the check character", () => {
    expect(gstinSchema.safeParse("08ABCDE1234F1Z0").success).toBe(true); // the seeded kirana shop's
    expect(gstinSchema.safeParse("27AAPFU0939F1ZV").success).toBe(true);
    expect(gstinSchema.safeParse("27aapfu0939f1zv").data).toBe("27AAPFU0939F1ZV");
    expect(gstinSchema.safeParse("27AAPFU0939F1ZW").success).toBe(false); // wrong checksum
    expect(gstinSchema.safeParse("45AAPFU0939F1ZV").success).toBe(false); // no such state
    expect(gstinSchema.safeParse("27AAPFU0939F1Z").success).toBe(false); // 14 characters
  });

  it("PIN code: 6 digits, not starting with 0", () => {
    expect(pinCodeSchema.safeParse("302003").success).toBe(true);
    for (const bad of ["30200", "3020031", "012345", "30 2003", "abcdef"])
      expect(pinCodeSchema.safeParse(bad).success).toBe(false);
  });
});
