import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActiveUser } from "@/lib/auth/session";
import { makeUser } from "@/lib/test/factories";

describe("session check on every request", () => {
  it("drops a disabled user and a revoked session version at once", async () => {
    const user = await makeUser("CUSTOMER");
    expect((await loadActiveUser(user.id, 0))?.id).toBe(user.id);
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActiveUser(user.id, 0)).toBeNull();
    expect((await loadActiveUser(user.id, 1))?.id).toBe(user.id);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadActiveUser(user.id, 1)).toBeNull();
  });
});

import { assertRole } from "@/lib/auth/roles";

describe("role guard", () => {
  const as = (role: "ADMIN" | "MERCHANT" | "CUSTOMER") => ({ id: "u1", role });
  it("lets the named roles through and refuses everyone else", () => {
    expect(assertRole(as("MERCHANT"), ["MERCHANT"]).id).toBe("u1");
    expect(assertRole(as("ADMIN"), ["ADMIN", "MERCHANT"]).role).toBe("ADMIN");
    expect(() => assertRole(as("CUSTOMER"), ["MERCHANT"])).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(() => assertRole(as("MERCHANT"), ["ADMIN"])).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(() => assertRole(null, ["CUSTOMER"])).toThrow(expect.objectContaining({ code: "unauthorized" }));
  });
});
