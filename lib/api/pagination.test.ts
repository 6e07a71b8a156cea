import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decodeCursor, encodeCursor, listQuery, olderThan, pageOf } from "@/lib/api/pagination";
import { makeMerchant, makeProduct } from "@/lib/test/factories";

describe("list pagination", () => {
  it("validates limit (default 50, max 200) and cursor", () => {
    expect(listQuery.parse({})).toEqual({ limit: 50, cursor: undefined });
    expect(listQuery.parse({ limit: "200" }).limit).toBe(200);
    for (const limit of ["0", "201", "abc", "1.5"])
      expect(listQuery.safeParse({ limit }).error?.issues[0]?.message).toBe("limit_invalid");
    expect(listQuery.safeParse({ cursor: "garbage!" }).error?.issues[0]?.message).toBe("cursor_invalid");
    const c = { t: new Date("2026-01-02T03:04:05.678Z"), id: "abc" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(listQuery.parse({ cursor: encodeCursor(c) }).cursor).toEqual(c);
  });

  it("walks a time-ordered list page by page with no row twice or missed, ties broken by id", async () => {
    const { merchant } = await makeMerchant();
    const same = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < 7; i++) {
      const p = await makeProduct(merchant.id, { stock: 0 });
      await db.product.update({
        where: { id: p.id },
        data: { createdAt: i < 4 ? same : new Date(same.getTime() + i * 1000) },
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q = listQuery.parse({ limit: "3", cursor: cursor ?? undefined });
      const rows = await db.product.findMany({
        where: { merchantId: merchant.id, ...olderThan("createdAt", q.cursor) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: q.limit + 1,
        select: { id: true, createdAt: true },
      });
      const page = pageOf(
        rows,
        q.limit,
        (r) => ({ t: r.createdAt, id: r.id }),
        (r) => r.id,
      );
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(7);
  });
});
