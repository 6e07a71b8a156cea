// 200 counters selling at the same moment: the counter row's lock gives 200 distinct,
// consecutive numbers. A larger pool than the app's default lets all 200 transactions be in
// flight at once (the point is the lock, not the pool's queue), so this file sets it before
// its first query.
process.env.DATABASE_POOL_SIZE = "40";

import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeMerchant } from "@/lib/test/factories";
import { recordSale } from "./sales";

const cid = () => crypto.randomUUID();

describe("bill numbers under concurrency", () => {
  it("200 concurrent sales get 200 distinct, consecutive numbers", async () => {
    const { merchant, user } = await makeMerchant();
    await db.merchant.update({
      where: { id: merchant.id },
      data: { gstStatus: "REGULAR", gstin: "08AAPFU0939F1ZV", stateCode: "08", billPrefix: "SKS" },
    });
    const sales = await Promise.all(
      Array.from({ length: 200 }, () =>
        recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", amountPaise: 1_000 }),
      ),
    );
    const seqs = sales.map((s) => Number(s.bill!.number.slice(-6))).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(new Set(sales.map((s) => s.bill!.number)).size).toBe(200);
  });
});
