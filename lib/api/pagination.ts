// Keyset pagination for time-ordered lists, newest first: the cursor is an opaque base64url
// of {t, id} of the last row shown, so pages stay stable while new rows arrive (no OFFSET).
//
//   const { limit, cursor } = ctx.query;                      // query: listQuery
//   const rows = await db.order.findMany({
//     where: { merchantId, ...olderThan("placedAt", cursor) },
//     orderBy: [{ placedAt: "desc" }, { id: "desc" }],
//     take: limit + 1,                                       // one extra says "there is more"
//   });
//   return pageOf(rows, limit, (r) => ({ t: r.placedAt, id: r.id }), toDto);
import { z } from "zod";
import { DomainError } from "@/lib/domain/errors";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export type Cursor = { t: Date; id: string };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify({ t: c.t.toISOString(), id: c.id }), "utf8").toString("base64url");
}

/** The cursor, or a 400 (fields.cursor = "cursor_invalid") when it was not made by us. */
export function decodeCursor(raw: string): Cursor {
  try {
    const v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as { t?: unknown; id?: unknown };
    const t = typeof v.t === "string" ? new Date(v.t) : null;
    if (t && !Number.isNaN(t.getTime()) && typeof v.id === "string" && v.id.length > 0 && v.id.length <= 100)
      return { t, id: v.id };
  } catch {
    // falls through to the error below
  }
  throw new DomainError("invalid_input", "The cursor is not valid; use nextCursor from the previous page", {
    cursor: "cursor_invalid",
  });
}

/** `?limit=` (1..200, default 50) and `?cursor=`; extend it with a list's own filters. */
export const listQuery = z.object({
  limit: z.coerce
    .number({ error: "limit_invalid" })
    .int({ error: "limit_invalid" })
    .min(1, { error: "limit_invalid" })
    .max(MAX_LIMIT, { error: "limit_invalid" })
    .default(DEFAULT_LIMIT),
  cursor: z
    .string()
    .max(400, { error: "cursor_invalid" })
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      try {
        return decodeCursor(v);
      } catch {
        ctx.addIssue({ code: "custom", message: "cursor_invalid" });
        return z.NEVER;
      }
    }),
});

/** Prisma `where` fragment: rows strictly after the cursor in (field desc, id desc) order. */
export function olderThan<F extends string>(field: F, cursor: Cursor | undefined) {
  if (!cursor) return {};
  return { OR: [{ [field]: { lt: cursor.t } }, { [field]: cursor.t, id: { lt: cursor.id } }] } as {
    OR: Array<Record<F, { lt: Date } | Date> & { id?: { lt: string } }>;
  };
}

export type Page<T> = { items: T[]; nextCursor: string | null };

/** Cut the `limit + 1` rows fetched into a page and the cursor of its last row. */
export function pageOf<R, T = R>(rows: R[], limit: number, key: (row: R) => Cursor, map?: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  return {
    items: map ? shown.map(map) : (shown as unknown as T[]),
    nextCursor: more && shown.length ? encodeCursor(key(shown[shown.length - 1]!)) : null,
  };
}
