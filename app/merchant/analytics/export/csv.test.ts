import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resolvePeriod } from "@/lib/domain/analytics-period";
import { parseCsv } from "@/lib/domain/csv";
import { makeCustomer, makeMerchant } from "@/lib/test/factories";
import { CARDS, cardCsv } from "./csv";

// Translations stubbed as their keys: the test is about the numbers.
const t = (k: string) => k;

describe("analytics card CSV", () => {
  it("exports each card's numbers in rupees, voided sales left out", async () => {
    const { merchant } = await makeMerchant();
    const c = await makeCustomer(merchant.id, { name: "Sharma, Ram" });
    const now = new Date();
    const sale = (over: Record<string, unknown>) =>
      db.transaction.create({
        data: {
          merchantId: merchant.id,
          clientId: crypto.randomUUID(),
          type: "SALE",
          method: "CASH",
          amountPaise: 12_345,
          occurredAt: now,
          ...over,
        },
      });
    await sale({});
    await sale({ type: "CREDIT_SALE", method: "CREDIT", amountPaise: 50_000, customerId: c.id });
    const voided = await sale({ method: "UPI", amountPaise: 99_999 });
    await sale({ type: "VOID", method: "UPI", amountPaise: 99_999, voidsId: voided.id });
    const p = resolvePeriod({ period: "7d" }, merchant.timeZone);

    const trend = parseCsv(await cardCsv("trend", merchant.id, p, t)).map((r) => r.cells);
    expect(trend[0]).toEqual(["csv.date", "csv.revenueRupees", "csv.count"]);
    expect(trend).toHaveLength(8);
    expect(trend[7]).toEqual([p.toDate, "623.45", "2"]);

    const methods = parseCsv(await cardCsv("methods", merchant.id, p, t)).map((r) => r.cells);
    expect(methods.slice(1)).toEqual([
      ["methods.CASH", "123.45", "1"],
      ["methods.CARD", "0.00", "0"],
      ["methods.UPI", "0.00", "0"],
      ["methods.CREDIT", "500.00", "1"],
    ]);

    const customers = parseCsv(await cardCsv("customers", merchant.id, p, t)).map((r) => r.cells);
    expect(customers[1]).toEqual(["1", "Sharma, Ram", c.phone, "500.00", "1"]);

    const dues = parseCsv(await cardCsv("dues", merchant.id, p, t)).map((r) => r.cells);
    expect(dues[1]).toEqual(["Sharma, Ram", c.phone, "500.00", p.toDate, "0", "0-30", "1"]);
    expect(dues.find((r) => r[0] === "90+")).toEqual(["90+", "0.00"]);

    for (const card of CARDS) expect((await cardCsv(card, merchant.id, p, t)).length).toBeGreaterThan(10);
  });
});
