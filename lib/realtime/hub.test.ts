import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getHub, RealtimeHub } from "@/lib/realtime/hub";
import { merchantAudience, userAudience, type LiveEvent } from "@/lib/realtime/events";
import { MAX_PAYLOAD_BYTES, publishEvent, serializeEvent } from "@/lib/realtime/publish";
import { uniq } from "@/lib/test/factories";

const hubs: RealtimeHub[] = [];
afterAll(async () => {
  await Promise.all([...hubs, getHub()].map((h) => h.close()));
});

/** Collect what a subscriber hears. */
function listen(hub: RealtimeHub, audience: string) {
  const heard: LiveEvent[] = [];
  const stop = hub.subscribe(audience, { event: (e) => heard.push(e) });
  return { heard, stop };
}

const waitFor = async (check: () => boolean, ms = 1000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  return true;
};

describe("realtime hub", () => {
  it("delivers a published event to its shop within a second, and to no other shop", async () => {
    const hub = getHub();
    expect(await hub.ready()).toBe(true);
    const shopA = `m-${uniq()}`;
    const shopB = `m-${uniq()}`;
    const a = listen(hub, merchantAudience(shopA));
    const b = listen(hub, merchantAudience(shopB));
    const sent = Date.now();
    await publishEvent({ type: "sale.created", merchantId: shopA, id: "t1", data: { amountPaise: 12_345 } });
    expect(await waitFor(() => a.heard.length === 1, 1000)).toBe(true);
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(a.heard[0]).toMatchObject({
      type: "sale.created",
      merchantId: shopA,
      id: "t1",
      data: { amountPaise: 12_345 },
      customerUserId: null,
    });
    expect(a.heard[0]!.at).toMatch(/Z$/);
    await new Promise((r) => setTimeout(r, 150));
    expect(b.heard).toEqual([]);
    a.stop();
    b.stop();
    expect(hub.subscriberCount(merchantAudience(shopA))).toBe(0);
  });

  it("gives a customer only the events that name them", async () => {
    const hub = getHub();
    await hub.ready();
    const shop = `m-${uniq()}`;
    const priya = `u-${uniq()}`;
    const other = `u-${uniq()}`;
    const p = listen(hub, userAudience(priya));
    const o = listen(hub, userAudience(other));
    const m = listen(hub, merchantAudience(shop));
    await publishEvent({ type: "payment.created", merchantId: shop, customerUserId: priya, id: "pay1" });
    await publishEvent({ type: "sale.created", merchantId: shop, id: "walkin" });
    expect(await waitFor(() => m.heard.length === 2)).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(p.heard.map((e) => e.id)).toEqual(["pay1"]);
    expect(o.heard).toEqual([]);
    [p, o, m].forEach((x) => x.stop());
  });

  it("keeps NOTIFY payloads under PostgreSQL's limit by dropping oversized extras", () => {
    const e: LiveEvent = { type: "order.created", merchantId: "m1", id: "o1", data: { note: "x".repeat(10_000) } };
    const json = serializeEvent(e);
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(JSON.parse(json)).toMatchObject({
      type: "order.created",
      merchantId: "m1",
      id: "o1",
      data: { truncated: true },
    });
  });

  it("logs and swallows a publish failure instead of failing the write", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const bad = { type: "sale.created", merchantId: "m", id: "x", data: { n: 1n } } as unknown as LiveEvent; // BigInt cannot be JSON
    await expect(publishEvent(bad)).resolves.toBeUndefined();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it("reconnects after the database drops the LISTEN connection and asks screens to resync", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const app = `hubtest_${uniq()}`;
    const hub = new RealtimeHub(() => `${process.env.DATABASE_URL}?application_name=${app}`);
    hubs.push(hub);
    const shop = `m-${uniq()}`;
    let resyncs = 0;
    const heard: string[] = [];
    hub.subscribe(merchantAudience(shop), { event: (e) => heard.push(e.id), resync: () => resyncs++ });
    expect(await hub.ready()).toBe(true);
    await db.$queryRawUnsafe(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1`, app);
    expect(await waitFor(() => !hub.listening, 2000)).toBe(true);
    expect(await waitFor(() => hub.listening && resyncs === 1, 5000)).toBe(true);
    await publishEvent({ type: "order.created", merchantId: shop, id: "after-reconnect" });
    expect(await waitFor(() => heard.includes("after-reconnect"))).toBe(true);
    spy.mockRestore();
  });
});
