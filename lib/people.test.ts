import { describe, expect, it } from "vitest";
import { distinctNames } from "./people";

describe("distinctNames", () => {
  it("adds the phone's last four digits only where two people share a name", () => {
    expect(
      distinctNames([
        { name: "Harish Menon", phone: "9876501234" },
        { name: "Priya Patel", phone: "9876500000" },
        { name: "harish  menon", phone: "+91 98765 09999" },
        { name: "No Phone", phone: null },
      ]),
    ).toEqual(["Harish Menon (…1234)", "Priya Patel", "harish  menon (…9999)", "No Phone"]);
  });
});
