import { describe, expect, it } from "vitest";
import { leaseFlushLock, memoryFlushLock, type LeaseStore } from "./flush-lock";
import { createOutbox, memoryOutboxStorage, type OutboxItem, type SendResult } from "./outbox-queue";

type Payload = { total: number };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 10, minute)).toISOString();
const sale = (clientId: string, minute: number, total = 100) => ({
  clientId,
  createdAt: at(minute),
  payload: { total },
});
const newOutbox = (storage = memoryOutboxStorage(), lock = memoryFlushLock()) =>
  createOutbox<Payload>(storage, { lock });
const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

/** A server that records each sale once per clientId, as the real one does. */
function dedupingServer() {
  const sales = new Map<string, Payload>();
  const received: string[] = [];
  return {
    sales,
    received,
    accept(item: OutboxItem<Payload>) {
      received.push(item.clientId);
      if (!sales.has(item.clientId)) sales.set(item.clientId, item.payload);
    },
  };
}

describe("offline sales queue", () => {
  it("sends sales oldest first, ties broken by client id, one at a time", async () => {
    const outbox = newOutbox();
    await outbox.enqueue(sale("c", 3));
    await outbox.enqueue(sale("b", 1));
    await outbox.enqueue(sale("z", 2));
    await outbox.enqueue(sale("a", 2));
    const order: string[] = [];
    let inFlight = 0;
    const report = await outbox.flush(async (item) => {
      inFlight++;
      expect(inFlight).toBe(1);
      await tick();
      order.push(item.clientId);
      inFlight--;
      return "ok";
    });
    expect(order).toEqual(["b", "a", "z", "c"]);
    expect(report).toMatchObject({ skipped: false, sent: ["b", "a", "z", "c"], failed: [], remaining: 0 });
    expect(await outbox.count()).toEqual({ pending: 0, failed: 0 });
  });

  it("queuing the same client id twice keeps one sale, the first one", async () => {
    const outbox = newOutbox();
    expect(await outbox.enqueue(sale("s1", 1, 500))).toBe(true);
    expect(await outbox.enqueue(sale("s1", 5, 999))).toBe(false);
    const items = await outbox.pending();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      clientId: "s1",
      createdAt: at(1),
      payload: { total: 500 },
      status: "pending",
      attempts: 0,
    });
  });

  it("a network failure keeps the sale, stops the flush, and the next flush resumes in order", async () => {
    const outbox = newOutbox();
    for (const [id, m] of [
      ["s1", 1],
      ["s2", 2],
      ["s3", 3],
    ] as const)
      await outbox.enqueue(sale(id, m));
    const tried: string[] = [];
    const report = await outbox.flush(async (item) => {
      tried.push(item.clientId);
      if (item.clientId === "s2") throw new TypeError("Failed to fetch");
      return "ok";
    });
    expect(tried).toEqual(["s1", "s2"]); // s3 is not sent ahead of s2
    expect(report.sent).toEqual(["s1"]);
    expect(report.stoppedOn).toEqual({ clientId: "s2", reason: "Failed to fetch" });
    expect(report.remaining).toBe(2);
    const [s2] = await outbox.pending();
    expect(s2).toMatchObject({ clientId: "s2", status: "pending", attempts: 1, reason: "Failed to fetch" });

    // A retryable answer from the server (e.g. 503) behaves the same.
    const busy = await outbox.flush(async () => ({ retry: true, reason: "HTTP 503" }));
    expect(busy.stoppedOn).toEqual({ clientId: "s2", reason: "HTTP 503" });
    expect((await outbox.pending()).map((i) => [i.clientId, i.attempts])).toEqual([
      ["s2", 2],
      ["s3", 0],
    ]);

    const again: string[] = [];
    const resumed = await outbox.flush(async (item) => (again.push(item.clientId), "ok"));
    expect(again).toEqual(["s2", "s3"]);
    expect(resumed).toMatchObject({ sent: ["s2", "s3"], remaining: 0 });
  });

  it("a sale the server refuses is set aside with its reason, never dropped, and blocks nothing behind it", async () => {
    const outbox = newOutbox();
    for (const [id, m] of [
      ["s1", 1],
      ["s2", 2],
      ["s3", 3],
    ] as const)
      await outbox.enqueue(sale(id, m));
    const sent: string[] = [];
    const report = await outbox.flush(async (item): Promise<SendResult> => {
      if (item.clientId === "s2") return { failed: true, reason: "Customer account is closed" };
      sent.push(item.clientId);
      return "ok";
    });
    expect(sent).toEqual(["s1", "s3"]);
    expect(report).toMatchObject({
      sent: ["s1", "s3"],
      failed: [{ clientId: "s2", reason: "Customer account is closed" }],
      remaining: 0,
    });
    expect(await outbox.count()).toEqual({ pending: 0, failed: 1 });
    expect(await outbox.failed()).toMatchObject([
      { clientId: "s2", status: "failed", reason: "Customer account is closed", payload: { total: 100 } },
    ]);

    // Later flushes leave it alone until someone decides: retry it, or export and remove it.
    const later: string[] = [];
    await outbox.flush(async (item) => (later.push(item.clientId), "ok"));
    expect(later).toEqual([]);
    expect(JSON.parse(await outbox.exportJson())).toMatchObject([{ clientId: "s2", status: "failed" }]);
    await outbox.retry("s2");
    await outbox.flush(async (item) => (later.push(item.clientId), "ok"));
    expect(later).toEqual(["s2"]);
    expect(await outbox.count()).toEqual({ pending: 0, failed: 0 });
  });

  it("markFailed and remove act on one sale; an unexpected answer is kept as retryable", async () => {
    const outbox = newOutbox();
    await outbox.enqueue(sale("s1", 1));
    await outbox.enqueue(sale("s2", 2));
    await outbox.markFailed("s1", "checked by hand");
    expect(await outbox.count()).toEqual({ pending: 1, failed: 1 });
    await outbox.remove("s1");
    expect(await outbox.count()).toEqual({ pending: 1, failed: 0 });
    const report = await outbox.flush(async () => ({ weird: true }) as unknown as SendResult);
    expect(report.stoppedOn?.clientId).toBe("s2");
    expect(await outbox.count()).toEqual({ pending: 1, failed: 0 });
  });

  it("sales queued while a flush runs are sent by that flush, after the earlier ones", async () => {
    const outbox = newOutbox();
    await outbox.enqueue(sale("s1", 1));
    const order: string[] = [];
    await outbox.flush(async (item) => {
      order.push(item.clientId);
      if (item.clientId === "s1") await outbox.enqueue(sale("s2", 2));
      return "ok";
    });
    expect(order).toEqual(["s1", "s2"]);
  });

  it("exactly once: replaying the same batch 5 times, with lost answers, records each sale once", async () => {
    const storage = memoryOutboxStorage();
    const outbox = newOutbox(storage);
    const server = dedupingServer();
    const batch = Array.from({ length: 10 }, (_, i) => sale(`sale-${i}`, i, (i + 1) * 100));
    let calls = 0;
    for (let round = 0; round < 5; round++) {
      for (const s of batch) await outbox.enqueue(s); // the screen re-queues what it already queued
      await outbox.flush(async (item) => {
        calls++;
        server.accept(item);
        // Every third answer is lost on the way back: the client must send that sale again.
        if (calls % 3 === 0) throw new TypeError("network connection was lost");
        return "ok";
      });
    }
    while ((await outbox.count()).pending > 0) await outbox.flush(async (item) => (server.accept(item), "ok"));
    expect(server.received.length).toBeGreaterThan(batch.length); // there were resends…
    expect([...server.sales.keys()].sort()).toEqual(batch.map((s) => s.clientId).sort()); // …yet one sale each
    expect([...server.sales.values()].reduce((sum, p) => sum + p.total, 0)).toBe(5500);
    expect(await outbox.count()).toEqual({ pending: 0, failed: 0 });
  });

  it("two tabs flushing at once never send the same sale twice (shared lock)", async () => {
    const storage = memoryOutboxStorage(); // one IndexedDB
    const lock = memoryFlushLock(); // one lock name, as navigator.locks gives every tab
    const tabA = newOutbox(storage, lock);
    const tabB = newOutbox(storage, lock);
    for (let i = 0; i < 6; i++) await tabA.enqueue(sale(`s${i}`, i));
    const server = dedupingServer();
    const send = async (item: OutboxItem<Payload>) => {
      await tick(3);
      server.accept(item);
      return "ok" as const;
    };
    const [a, b] = await Promise.all([tabA.flush(send), tabB.flush(send)]);
    expect([a.skipped, b.skipped].sort()).toEqual([false, true]);
    expect(server.received).toEqual(["s0", "s1", "s2", "s3", "s4", "s5"]);
  });

  it("the lease lock (browsers without Web Locks) also keeps two tabs from flushing together", async () => {
    const shared = new Map<string, string>(); // one localStorage
    const store: LeaseStore = {
      getItem: (k) => shared.get(k) ?? null,
      setItem: (k, v) => void shared.set(k, v),
      removeItem: (k) => void shared.delete(k),
    };
    const storage = memoryOutboxStorage();
    const tabA = newOutbox(storage, leaseFlushLock(store, { settleMs: 5 }));
    const tabB = newOutbox(storage, leaseFlushLock(store, { settleMs: 5 }));
    for (let i = 0; i < 4; i++) await tabA.enqueue(sale(`s${i}`, i));
    const server = dedupingServer();
    const send = async (item: OutboxItem<Payload>) => (await tick(3), server.accept(item), "ok" as const);
    const [a, b] = await Promise.all([tabA.flush(send), tabB.flush(send)]);
    expect([a.skipped, b.skipped].sort()).toEqual([false, true]);
    expect(server.received).toEqual(["s0", "s1", "s2", "s3"]);
    expect(shared.size).toBe(0); // released
  });

  it("a lease left by a closed tab lapses after its time limit", async () => {
    let now = 1_000;
    const shared = new Map<string, string>([
      ["gs-outbox-flush", JSON.stringify({ owner: "dead-tab", expires: 2_000 })],
    ]);
    const store: LeaseStore = {
      getItem: (k) => shared.get(k) ?? null,
      setItem: (k, v) => void shared.set(k, v),
      removeItem: (k) => void shared.delete(k),
    };
    const lock = leaseFlushLock(store, { settleMs: 1, now: () => now });
    expect(await lock(async () => "ran")).toEqual({ acquired: false });
    now = 2_001;
    expect(await lock(async () => "ran")).toEqual({ acquired: true, value: "ran" });
  });
});
