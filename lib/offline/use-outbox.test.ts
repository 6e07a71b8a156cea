import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./use-outbox";

describe("the queue's retry backoff", () => {
  it("waits 2, 4, 8 s after failed flushes in a row, then every 10 s", () => {
    expect([0, 1, 2, 3, 4, 5, 50].map((n) => retryDelayMs(n))).toEqual([
      2_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000,
    ]);
    expect(retryDelayMs(5, 30_000)).toBe(30_000);
  });
});
