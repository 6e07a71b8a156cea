import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
let mod: typeof import("./counter-actor");
beforeAll(async () => {
  process.env.AUTH_SECRET ??= "test-secret-for-counter";
  mod = await import("./counter-actor");
});

describe("the counter switch cookie", () => {
  it("names the switched-in person and their shop, and is refused when tampered with or expired", () => {
    const v = mod.signCounter("u1", "m1", 1_000_000);
    expect(mod.verifyCounter(v, 1_000_000)).toEqual({ userId: "u1", merchantId: "m1" });
    expect(mod.verifyCounter(v.replace("u1.", "u2."), 1_000_000)).toBeNull();
    expect(mod.verifyCounter(v, 1_000_000 + 13 * 3600_000)).toBeNull();
    expect(mod.verifyCounter("garbage", 1_000_000)).toBeNull();
  });
});
