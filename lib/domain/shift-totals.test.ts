import { describe, expect, it } from "vitest";
import { expectedCash, variance } from "./shift-totals";

describe("the day's cash", () => {
  it("works the issue's example: ₹1,000 float, ₹500 cash sale, ₹200 pay-out -> ₹1,300; ₹1,250 counted -> -₹50", () => {
    const expected = expectedCash({
      openingCashPaise: 100_000,
      cashSalesPaise: 50_000,
      cashPaymentsPaise: 0,
      cashRefundsPaise: 0,
      payInsPaise: 0,
      payOutsPaise: 20_000,
    });
    expect(expected).toBe(130_000);
    expect(variance(125_000, expected)).toBe(-5_000);
  });

  it("adds tab payments and pay-ins, takes off refunds", () => {
    expect(
      expectedCash({
        openingCashPaise: 0,
        cashSalesPaise: 10_000,
        cashPaymentsPaise: 3_000,
        cashRefundsPaise: 2_000,
        payInsPaise: 500,
        payOutsPaise: 0,
      }),
    ).toBe(11_500);
  });
});
