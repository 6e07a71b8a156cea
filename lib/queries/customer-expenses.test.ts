import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as expensesRoute } from "@/app/api/v1/expenses/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant, makeUser } from "@/lib/test/factories";
import { addMonths, bucketStarts, customerExpenses } from "./customer-expenses";

// Tuesday 10 March 2026, 11:30 IST. Sunday 8 March 23:30 IST is 18:00 UTC; Monday 9 March
// 00:10 IST is 18:40 UTC the same UTC day: only the zone tells the weeks apart.
const NOW = new Date("2026-03-10T06:00:00Z");
const SUN_2330_IST = new Date("2026-03-08T18:00:00Z");
const MON_0010_IST = new Date("2026-03-08T18:40:00Z");
// 28 Feb 23:50 IST and 1 March 00:05 IST: both 28 Feb in UTC.
const FEB_LAST_IST = new Date("2026-02-28T18:20:00Z");
const MAR_FIRST_IST = new Date("2026-02-28T18:35:00Z");

type Kind = "SALE" | "CREDIT_SALE" | "PAYMENT";
async function entry(merchantId: string, customerId: string, type: Kind, amountPaise: number, occurredAt: Date) {
  const method = type === "CREDIT_SALE" ? "CREDIT" : "UPI";
  return db.transaction.create({
    data: { merchantId, customerId, type, method, amountPaise, occurredAt, clientId: crypto.randomUUID() },
  });
}

async function customerAtTwoShops(timeZone = "Asia/Kolkata") {
  const u = await makeUser("CUSTOMER");
  await db.user.update({ where: { id: u.id }, data: { timeZone } });
  const a = await makeMerchant({ shopName: `Kirana ${u.id}` });
  const b = await makeMerchant({ shopName: `Dairy ${u.id}` });
  const ta = await makeCustomer(a.merchant.id, { userId: u.id });
  const tb = await makeCustomer(b.merchant.id, { userId: u.id });
  return { u, a: a.merchant, b: b.merchant, ta, tb };
}

describe("bucket edges", () => {
  it("12 Monday-starting weeks and 12 months ending with the current one", () => {
    const weeks = bucketStarts("week", NOW, "Asia/Kolkata");
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toBe("2026-03-09");
    expect(weeks[0]).toBe("2025-12-22");
    const months = bucketStarts("month", NOW, "Asia/Kolkata");
    expect(months[0]).toBe("2025-04-01");
    expect(months.at(-1)).toBe("2026-03-01");
    expect(addMonths("2026-01-01", -1)).toBe("2025-12-01");
  });
});

describe("customer expenses", () => {
  it("puts Sunday 23:30 IST in that week and Monday 00:10 IST in the next, paid and credit apart", async () => {
    const { u, a, b, ta, tb } = await customerAtTwoShops();
    await entry(a.id, ta.id, "CREDIT_SALE", 10_000, SUN_2330_IST);
    await entry(a.id, ta.id, "SALE", 2_500, MON_0010_IST);
    await entry(b.id, tb.id, "CREDIT_SALE", 4_000, MON_0010_IST);
    await entry(a.id, ta.id, "PAYMENT", 10_000, MON_0010_IST); // settling a tab is not spending
    const s = await customerExpenses(u.id, "week", NOW);
    const wk = (start: string) => s.buckets.find((x) => x.start === start)!;
    expect(wk("2026-03-02")).toMatchObject({ paidPaise: 0, creditPaise: 10_000, totalPaise: 10_000 });
    expect(wk("2026-03-09")).toMatchObject({ paidPaise: 2_500, creditPaise: 4_000, totalPaise: 6_500 });
    expect(wk("2026-03-09").shops.map((x) => [x.merchantId, x.paidPaise, x.creditPaise])).toEqual([
      [b.id, 0, 4_000],
      [a.id, 2_500, 0],
    ]);
    expect(s.buckets.filter((x) => x.totalPaise > 0)).toHaveLength(2);
  });

  it("puts 28 Feb 23:50 IST in February and 1 March 00:05 IST in March", async () => {
    const { u, a, ta } = await customerAtTwoShops();
    await entry(a.id, ta.id, "SALE", 1_100, FEB_LAST_IST);
    await entry(a.id, ta.id, "CREDIT_SALE", 2_200, MAR_FIRST_IST);
    const s = await customerExpenses(u.id, "month", NOW);
    expect(s.buckets.find((x) => x.start === "2026-02-01")).toMatchObject({ paidPaise: 1_100, creditPaise: 0 });
    expect(s.buckets.find((x) => x.start === "2026-03-01")).toMatchObject({ paidPaise: 0, creditPaise: 2_200 });
  });

  it("uses the customer's own time zone", async () => {
    const { u, a, ta } = await customerAtTwoShops("UTC");
    await entry(a.id, ta.id, "SALE", 700, MON_0010_IST); // Sunday 18:40 in UTC
    const s = await customerExpenses(u.id, "week", NOW);
    expect(s.timeZone).toBe("UTC");
    expect(s.buckets.find((x) => x.start === "2026-03-02")!.paidPaise).toBe(700);
  });

  it("leaves out voided sales, other people's spending and anything older than the 12 buckets", async () => {
    const { u, a, ta } = await customerAtTwoShops();
    const stranger = await makeCustomer(a.id);
    const sale = await entry(a.id, ta.id, "CREDIT_SALE", 9_000, MON_0010_IST);
    await db.transaction.create({
      data: {
        merchantId: a.id,
        customerId: ta.id,
        type: "VOID",
        method: "CREDIT",
        amountPaise: 9_000,
        voidsId: sale.id,
        occurredAt: MON_0010_IST,
        clientId: crypto.randomUUID(),
      },
    });
    await entry(a.id, stranger.id, "SALE", 5_000, MON_0010_IST);
    await entry(a.id, ta.id, "SALE", 3_000, new Date("2025-11-01T06:00:00Z"));
    await entry(a.id, ta.id, "SALE", 1_000, new Date("2026-03-10T05:00:00Z"));
    const s = await customerExpenses(u.id, "week", NOW);
    expect(s.buckets.reduce((t, x) => t + x.totalPaise, 0)).toBe(1_000);
  });

  it("GET /api/v1/expenses?period=month answers with 12 buckets; a bad period is 400", async () => {
    const { u, a, ta } = await customerAtTwoShops();
    await entry(a.id, ta.id, "SALE", 1_500, new Date());
    const { token } = await bearerFor(u.id);
    const res = await callRoute(expensesRoute, "/api/v1/expenses?period=month", { token });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { period: string; buckets: { paidPaise: number }[] };
    expect(body.period).toBe("month");
    expect(body.buckets).toHaveLength(12);
    expect(body.buckets.at(-1)!.paidPaise).toBe(1_500);
    expect((await callRoute(expensesRoute, "/api/v1/expenses?period=year", { token })).status).toBe(400);
  });
});
