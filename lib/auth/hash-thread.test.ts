// The hashing threads resolve their packages from the working folder; where that fails, the
// work falls back to libuv's pool instead of failing every sign-in.
import os from "node:os";
import { afterAll, describe, expect, it, vi } from "vitest";
import { hashOnThread, verifyOnThread } from "@/lib/auth/hash-thread";

const options = { algorithm: 2, memoryCost: 8192, timeCost: 2, parallelism: 1 };
const cwd = process.cwd();
afterAll(() => process.chdir(cwd));

describe("hashing threads", () => {
  it("fall back to libuv's pool when a thread cannot start", async () => {
    (globalThis as { graminHashThreads?: unknown }).graminHashThreads = undefined;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    process.chdir(os.tmpdir()); // no node_modules here: the thread's require fails
    const h = await hashOnThread("Fallback@123", options, 1);
    process.chdir(cwd);
    expect(h).toMatch(/^\$argon2id\$/);
    expect(await verifyOnThread(h, "Fallback@123", 1)).toBe(true);
    expect(await verifyOnThread(h, "Wrong@12345", 1)).toBe(false);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("hashing thread failed"), expect.any(String));
    logged.mockRestore();
  });
});
