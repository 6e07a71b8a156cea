// Citus readiness: every unique key of a shop-owned table includes merchantId (the
// distribution column), unless prisma/citus-allowlist.ts says why not yet and what is next.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CITUS_ALLOWLIST } from "../../prisma/citus-allowlist";
import { citusBlockers, type Blocker, type UniqueKey } from "./citus-readiness";

describe("Citus readiness of the migrated schema", () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  let keys: UniqueKey[];
  let blockers: Blocker[];
  beforeAll(async () => {
    await client.connect();
    ({ keys, blockers } = await citusBlockers(client));
  });
  afterAll(() => client.end());
  const id = (x: { table: string; key: string }) => `${x.table}.${x.key}`;

  it("lists every primary key and unique constraint from the catalog", () => {
    console.log(keys.map((k) => `${k.table}.${k.index} (${k.columns.join(", ")})`).join("\n"));
    expect(keys.map((k) => k.index)).toEqual(
      expect.arrayContaining([
        "Transaction_pkey",
        "Transaction_merchantId_clientId_key",
        "Transaction_merchantId_voidsId_key",
      ]),
    );
  });

  it("finds no key that would block distribution by merchantId, except the written allowlist", () => {
    const allowed = new Set(CITUS_ALLOWLIST.map(id));
    const unexplained = blockers.filter((b) => !allowed.has(id(b))).map((b) => `${id(b)}: ${b.why}`);
    expect(unexplained, "add merchantId to these keys, or a reason to prisma/citus-allowlist.ts").toEqual([]);
  });

  it("keeps the allowlist honest: every entry still blocks and says why and what next", () => {
    const blocking = new Set(blockers.map(id));
    expect(CITUS_ALLOWLIST.filter((a) => !blocking.has(id(a))).map(id), "fixed: remove from the allowlist").toEqual([]);
    for (const a of CITUS_ALLOWLIST) {
      expect(a.reason.length, id(a)).toBeGreaterThan(30);
      expect(a.next.length, id(a)).toBeGreaterThan(20);
    }
  });
});
