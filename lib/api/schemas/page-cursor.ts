// Cursors for the lists the domain already pages by name or rank (listShops, listShopProducts,
// listCustomers): the opaque cursor carries the next page number and the page size, so the
// API keeps the domain's order and filters instead of re-writing those queries. Time-ordered
// lists (orders, transactions, products) use the keyset cursor of lib/api/pagination.ts.
import { z } from "zod";
import { listQuery, type Page } from "@/lib/api/pagination";

type PageCursor = { page: number; pageSize: number };

export function encodePageCursor(c: PageCursor): string {
  return Buffer.from(JSON.stringify({ p: c.page, s: c.pageSize }), "utf8").toString("base64url");
}

function decodePageCursor(raw: string): PageCursor | null {
  try {
    const v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as { p?: unknown; s?: unknown };
    const ok = (n: unknown, max: number): n is number =>
      Number.isInteger(n) && (n as number) >= 1 && (n as number) <= max;
    return ok(v.p, 100_000) && ok(v.s, 200) ? { page: v.p, pageSize: v.s } : null;
  } catch {
    return null;
  }
}

/** `?limit=` (1..200, default 50) and `?cursor=` (from nextCursor; it keeps the first page's size). */
export const pagedListQuery = z.object({
  limit: listQuery.shape.limit,
  cursor: z
    .string()
    .max(200, { error: "cursor_invalid" })
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const c = decodePageCursor(v);
      if (!c) {
        ctx.addIssue({ code: "custom", message: "cursor_invalid" });
        return z.NEVER;
      }
      return c;
    }),
});

/** The page to ask the domain for. */
export const pageRequest = (q: { limit: number; cursor?: PageCursor }): PageCursor =>
  q.cursor ?? { page: 1, pageSize: q.limit };

/** A domain page -> {items, nextCursor}; the domain may cap pageSize, the cursor keeps what it used. */
export function pageResult<R, T>(
  r: { items: R[]; page: number; pageSize: number; total: number },
  map: (row: R) => T,
): Page<T> {
  const more = r.page * r.pageSize < r.total;
  return {
    items: r.items.map(map),
    nextCursor: more ? encodePageCursor({ page: r.page + 1, pageSize: r.pageSize }) : null,
  };
}

/** The response schema of a list: {items, nextCursor}. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe("Pass as ?cursor= (with the same filters) for the next page; null on the last"),
  });
