import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/domain/csv";
import { rejectedRowsCsv } from "./import-rejects";

describe("rejectedRowsCsv", () => {
  it("keeps the file's header and the rejected lines' own cells, with the reasons in a last column", () => {
    const text = 'sku,name,price\nA1,Salt,28\nB2,"Dal, toor",abc\n\nC3,Oil\n';
    const csv = rejectedRowsCsv(text, [
      { line: 3, reasons: ['price: "abc" is not a rupee amount'] },
      { line: 5, reasons: ["expected 3 columns, found 2", "price: required"] },
    ]);
    expect(parseCsv(csv).map((r) => r.cells)).toEqual([
      ["sku", "name", "price", "reason"],
      ["B2", "Dal, toor", "abc", 'price: "abc" is not a rupee amount'],
      ["C3", "Oil", "", "expected 3 columns, found 2; price: required"],
    ]);
  });
});
