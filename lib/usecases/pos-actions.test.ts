// The counter's server actions are defineAction adapters over the sale use case: the live one
// ignores an offline flag and a device time; the queue's needs its time; both refuse a stranger.
import crypto from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; sv: number } } }));
vi.mock("next-auth", () => ({ getServerSession: vi.fn(async () => session.current) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { recordSaleAction, searchCustomersAction, syncQueuedSaleAction } from "@/app/merchant/pos/actions";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant } from "@/lib/test/factories";

const signInAs = (u: { id: string; sessionVersion: number } | null) => {
  session.current = u ? { user: { id: u.id, sv: u.sessionVersion } } : null;
};
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

describe("counter actions", () => {
  beforeEach(() => signInAs(null));

  it("a live sale is now, whatever offline flag or time it carries; its receipt has the shop header", async () => {
    const { merchant, user } = await makeMerchant({ shopName: "Gupta Stores" });
    signInAs(user);
    const clientId = crypto.randomUUID();
    const r = await recordSaleAction({
      clientId,
      method: "CASH",
      amountPaise: 5_000,
      offline: true,
      occurredAt: hoursAgo(5),
    });
    expect(r.ok && r.receipt.shop.name).toBe("Gupta Stores");
    const row = await db.transaction.findFirstOrThrow({
      where: { merchantId: merchant.id, clientId },
      select: { occurredAt: true },
    });
    expect(Date.now() - row.occurredAt.getTime()).toBeLessThan(60_000);
  });

  it("a queued sale keeps its device time, needs one when offline, and is recorded once", async () => {
    const { merchant, user } = await makeMerchant();
    signInAs(user);
    const clientId = crypto.randomUUID();
    expect(await syncQueuedSaleAction({ clientId, method: "UPI", amountPaise: 2_500, offline: true })).toMatchObject({
      ok: false,
      code: "invalid_input",
      fields: { occurredAt: "required" },
    });
    const queued = { clientId, method: "UPI" as const, amountPaise: 2_500, offline: true, occurredAt: hoursAgo(3) };
    const first = await syncQueuedSaleAction(queued);
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(await syncQueuedSaleAction(queued)).toEqual({ ok: true, id: first.ok && first.id, replayed: true });
    const row = await db.transaction.findFirstOrThrow({
      where: { merchantId: merchant.id, clientId },
      select: { occurredAt: true },
    });
    expect(Math.abs(row.occurredAt.getTime() - Date.parse(queued.occurredAt))).toBeLessThan(1_000);
  });

  it("signed out: no sale, and the customer search is empty rather than another shop's", async () => {
    const { merchant } = await makeMerchant();
    await makeCustomer(merchant.id, { name: "Zoya Searchable" });
    const clientId = crypto.randomUUID();
    expect(await recordSaleAction({ clientId, method: "CASH", amountPaise: 100 })).toMatchObject({
      ok: false,
      code: "unauthorized",
    });
    expect(await searchCustomersAction("Zoya")).toEqual([]);
    const other = await makeMerchant();
    signInAs(other.user);
    expect(await searchCustomersAction("Zoya")).toEqual([]);
    signInAs((await db.merchant.findUniqueOrThrow({ where: { id: merchant.id }, select: { user: true } })).user);
    expect((await searchCustomersAction("Zoya")).map((c) => c.name)).toEqual(["Zoya Searchable"]);
  });
});
