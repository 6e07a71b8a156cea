// Which unique keys would stop Citus from distributing the shop-owned tables by merchantId.
// Citus requires every primary key and unique constraint of a distributed table to include
// the distribution column. Read from the database's catalog (what the migrations made), not
// from schema.prisma, so a hand-written index in a migration counts too.
import type pg from "pg";

export type UniqueKey = { table: string; index: string; primary: boolean; columns: (string | null)[] };
export type Blocker = { table: string; key: string; why: string };

/** Every unique index (primary keys included) of the current schema's tables. */
async function uniqueKeys(client: pg.Client | pg.Pool): Promise<UniqueKey[]> {
  const { rows } = await client.query<UniqueKey>(`
    SELECT c.relname AS "table", i.relname AS "index", ix.indisprimary AS "primary",
           array_agg(a.attname::text ORDER BY k.ord) AS "columns"
      FROM pg_index ix
      JOIN pg_class c ON c.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
      JOIN pg_class i ON i.oid = ix.indexrelid
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
      LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
     WHERE ix.indisunique AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
     GROUP BY 1, 2, 3
     ORDER BY 1, 2`);
  return rows;
}

/**
 * Shop-owned tables are those with a merchantId column (distributed by it), and Merchant
 * itself (distributed by its id). A blocker: a unique key without that column, or a
 * distribution column that may be NULL.
 */
export async function citusBlockers(client: pg.Client | pg.Pool): Promise<{ keys: UniqueKey[]; blockers: Blocker[] }> {
  const { rows: cols } = await client.query<{ table: string; nullable: boolean }>(`
    SELECT table_name AS "table", is_nullable = 'YES' AS "nullable"
      FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name = 'merchantId'`);
  const distCol = new Map<string, string>([["Merchant", "id"], ...cols.map((c) => [c.table, "merchantId"] as const)]);
  const blockers: Blocker[] = cols
    .filter((c) => c.nullable)
    .map((c) => ({ table: c.table, key: "merchantId", why: "merchantId may be NULL" }));
  const keys = await uniqueKeys(client);
  for (const k of keys) {
    const col = distCol.get(k.table);
    if (col && !k.columns.includes(col)) {
      blockers.push({
        table: k.table,
        key: k.index,
        why: `${k.primary ? "primary key" : "unique key"} (${k.columns.join(", ")}) leaves out ${col}`,
      });
    }
  }
  return { keys, blockers };
}
