import { describe, expect, it } from "vitest";
import { joinAddress } from "./address";

describe("joinAddress", () => {
  it("says each part once, skipping empty ones", () => {
    expect(joinAddress(["12, Johari Bazaar", "Johari Bazaar", "Jaipur"])).toBe("12, Johari Bazaar, Jaipur");
    expect(joinAddress(["12, Johari Bazaar", "Pink City", null, " ", "Jaipur"])).toBe(
      "12, Johari Bazaar, Pink City, Jaipur",
    );
  });
});
