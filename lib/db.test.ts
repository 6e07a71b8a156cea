import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeMerchant } from "@/lib/test/factories";

describe("database", () => {
  it("runs on the migrated throwaway PostgreSQL and hides password hashes by default", async () => {
    const { user } = await makeMerchant();
    const found = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(found.role).toBe("MERCHANT");
    expect((found as Record<string, unknown>).passwordHash).toBeUndefined();
    const [{ v }] = await db.$queryRaw<{ v: string }[]>`select current_setting('server_version_num') as v`;
    expect(Number(v)).toBeGreaterThanOrEqual(150000);
  });
});
