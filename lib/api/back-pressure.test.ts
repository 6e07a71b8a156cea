// Issue 19 point 5: a full pool is "overloaded" (503 + Retry-After), never "database down";
// one shop's burst of writes is capped (429) so it cannot take every connection; health asks
// the database on its own connection.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { POST as recordSale } from "@/app/api/v1/sales/route";
import { toErrorResponse } from "@/lib/api/errors";
import { shopWrites } from "@/lib/api/shop-write-gate";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { makeMerchant } from "@/lib/test/factories";

const ctx = { method: "POST", path: "/api/v1/sales" };

describe("back-pressure", () => {
  it("a pool wait that timed out is 503 overloaded with Retry-After; a refused connection is db_unavailable", async () => {
    const busy = toErrorResponse(new Error("timeout exceeded when trying to connect"), ctx);
    expect(busy.status).toBe(503);
    expect(busy.headers.get("Retry-After")).toBe("2");
    expect((await busy.json()).error.code).toBe("overloaded");
    const down = toErrorResponse(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }), ctx);
    expect((await down.json()).error.code).toBe("db_unavailable");
  });

  it("caps one shop's concurrent writes: 40 sales at once get only 201 or 429, each 201 recorded once", async () => {
    const saved = { ...process.env };
    process.env.SHOP_WRITE_CONCURRENCY = "2";
    process.env.SHOP_WRITE_QUEUE = "3";
    try {
      const { user, merchant } = await makeMerchant();
      const { token } = await bearerFor(user.id);
      const ids = Array.from({ length: 40 }, () => crypto.randomUUID());
      const replies = await Promise.all(
        ids.map((clientId) =>
          callRoute(recordSale, "/api/v1/sales", { token, body: { clientId, payment: "cash", amountPaise: 1_000 } }),
        ),
      );
      const statuses = replies.map((r) => r.status);
      expect(statuses.every((s) => s === 201 || s === 429)).toBe(true);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
      expect(replies.find((r) => r.status === 429)!.headers.get("Retry-After")).toBe("1");
      const created = ids.filter((_, i) => statuses[i] === 201);
      const rows = await db.transaction.findMany({ where: { merchantId: merchant.id }, select: { clientId: true } });
      expect(rows.map((r) => r.clientId).sort()).toEqual(created.sort());
      expect(shopWrites(merchant.id)).toBe(0);
    } finally {
      process.env = saved;
    }
  });

  it("health answers from its own connection while every pooled connection is busy", async () => {
    const size = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const holders = Array.from({ length: size }, () =>
      db.$transaction(
        async (tx) => {
          await tx.$queryRaw`select 1`;
          await gate;
        },
        { timeout: 10_000, maxWait: 10_000 },
      ),
    );
    await new Promise((r) => setTimeout(r, 300));
    const started = performance.now();
    const res = await health();
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
    release();
    await Promise.all(holders);
  });
});
