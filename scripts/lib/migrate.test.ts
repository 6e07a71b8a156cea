import { describe, expect, it } from "vitest";
import { checkSplittable, pendingMigrationSql } from "./migrate";

describe("migrations", () => {
  it("schema.prisma has no change that a migration does not carry (run `npm run db:migration -- <name>`)", async () => {
    expect(await pendingMigrationSql(process.env.DATABASE_URL!)).toBe("");
  });

  it("refuses a migration whose comment holds a ';' (the adapter splits scripts on it)", () => {
    expect(() => checkSplittable("x", "-- one; two\nselect 1;")).toThrow(/line 1/);
    expect(() => checkSplittable("x", "-- fine\nselect 1;\nselect 2;")).not.toThrow();
  });
});
