import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant } from "@/lib/test/factories";
import { zonedDate } from "@/lib/time";
import { AGE_BUCKETS, bucketOf, outstandingDues } from "./analytics-dues";
import { daysBetween } from "@/lib/domain/analytics-period";
import { customerStatement } from "@/lib/domain/statement";

// A fixed pseudo-random generator: the same "random" khata every run.
function prng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 2246822519) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

describe("outstanding dues agree with each customer's FIFO statement", () => {
  it("due, oldest unpaid bill, open bills and aging buckets match a bill-by-bill settlement", async () => {
    const TZ = "Asia/Kolkata";
    const now = new Date();
    const rand = prng(20261122);
    const { merchant } = await makeMerchant();
    const m = merchant.id;
    const customers = await Promise.all(Array.from({ length: 8 }, (_, k) => makeCustomer(m, { name: `Khata ${k}` })));
    for (const c of customers) {
      const sales: { id: string; amount: number }[] = [];
      let balance = 0;
      // 150 days of history, oldest first; times fall anywhere in the day (IST day edges included).
      for (let minutesAgo = 150 * 1440; minutesAgo > 0; minutesAgo -= Math.floor(rand() * 9 * 1440)) {
        const at = new Date(now.getTime() - minutesAgo * 60_000);
        const base = { merchantId: m, clientId: crypto.randomUUID(), customerId: c.id, occurredAt: at, createdAt: at };
        const r = rand();
        if (r < 0.55 || balance === 0) {
          const amount = 1_000 + Math.floor(rand() * 50_000);
          const s = await db.transaction.create({
            data: { ...base, type: "CREDIT_SALE", method: "CREDIT", amountPaise: amount },
          });
          sales.push({ id: s.id, amount });
          balance += amount;
        } else if (r < 0.85) {
          const amount = Math.max(1, Math.floor(balance * rand() * 0.4));
          await db.transaction.create({ data: { ...base, type: "PAYMENT", method: "CASH", amountPaise: amount } });
          balance -= amount;
        } else if (sales.length) {
          const s = sales.splice(Math.floor(rand() * sales.length), 1)[0]!;
          await db.transaction.create({
            data: { ...base, type: "VOID", method: "CREDIT", amountPaise: s.amount, voidsId: s.id },
          });
          balance -= s.amount;
        }
      }
    }

    // The expected figures, bill by bill, from the statement's own FIFO allocation.
    const today = zonedDate(now, TZ);
    const expected = {
      total: 0,
      buckets: Object.fromEntries(AGE_BUCKETS.map((b) => [b, 0])) as Record<string, number>,
      rows: [] as unknown[],
    };
    for (const c of customers) {
      const st = await customerStatement(m, c.id);
      const open = st.entries.filter((e) => e.bill && e.bill.duePaise > 0);
      if (st.balancePaise <= 0) continue;
      expect(open.reduce((s, e) => s + e.bill!.duePaise, 0)).toBe(st.balancePaise);
      for (const e of open)
        expected.buckets[bucketOf(daysBetween(zonedDate(e.occurredAt, TZ), today))]! += e.bill!.duePaise;
      const oldest = zonedDate(open[0]!.occurredAt, TZ);
      expected.total += st.balancePaise;
      expected.rows.push({
        customerId: c.id,
        duePaise: st.balancePaise,
        oldestDate: oldest,
        ageDays: daysBetween(oldest, today),
        openBills: open.length,
      });
    }
    // The fixture spans every age group, so each bucket is really checked.
    expect(Object.values(expected.buckets).every((v) => v > 0)).toBe(true);
    const d = await outstandingDues(m, { tz: TZ }, now, 100);
    expect(d.totalPaise).toBe(expected.total);
    expect(d.customers).toBe(expected.rows.length);
    expect(Object.fromEntries(AGE_BUCKETS.map((b) => [b, d.buckets[b].amountPaise]))).toEqual(expected.buckets);
    const byId = (a: { customerId: string }, b: { customerId: string }) => a.customerId.localeCompare(b.customerId);
    expect(
      d.top
        .map(({ customerId, duePaise, oldestDate, ageDays, openBills }) => ({
          customerId,
          duePaise,
          oldestDate,
          ageDays,
          openBills,
        }))
        .sort(byId),
    ).toEqual((expected.rows as { customerId: string }[]).sort(byId));
    expect(d.top.map((r) => r.duePaise)).toEqual([...d.top.map((r) => r.duePaise)].sort((a, b) => b - a));
  });
});
