import pg from "pg";
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

  it("applies a function whose $$ body holds many ';' whole (record_sale, the counter sale's write)", async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      const { rows } = await c.query(`SELECT prosrc FROM pg_proc WHERE proname = 'record_sale'`);
      expect(rows).toHaveLength(1);
      expect((rows[0].prosrc as string).match(/;/g)!.length).toBeGreaterThan(20);
    } finally {
      await c.end();
    }
  });
});
