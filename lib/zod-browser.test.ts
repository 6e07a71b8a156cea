import { describe, expect, it } from "vitest";

describe("zod in the browser", () => {
  it("is jitless once lib/zod-browser is imported, whether zod was loaded before or after", async () => {
    const { z } = await import("zod");
    expect(z.config().jitless).not.toBe(true);
    await import("./zod-browser");
    expect(z.config().jitless).toBe(true);
    // The parse still works without the JIT.
    expect(z.object({ a: z.number() }).parse({ a: 1 })).toEqual({ a: 1 });
  });
});
