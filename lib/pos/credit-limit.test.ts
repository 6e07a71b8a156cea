import { describe, expect, it } from "vitest";
import { overCreditLimit } from "./cart";

const priya = (duePaise: number, creditLimitPaise: number | null) => ({
  id: "c1",
  name: "Priya Patel",
  phone: null,
  duePaise,
  creditLimitPaise,
});

describe("the counter's credit-limit check before charging", () => {
  it("is over only when due + this sale passes a set limit", () => {
    expect(overCreditLimit(priya(40_000, 50_000), 10_000)).toBe(false);
    expect(overCreditLimit(priya(40_000, 50_000), 10_001)).toBe(true);
    expect(overCreditLimit(priya(900_000, null), 10_000)).toBe(false);
    expect(overCreditLimit(null, 10_000)).toBe(false);
  });
});
