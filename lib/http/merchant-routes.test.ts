import crypto from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The route handlers read the caller from next-auth's session: stand in for the cookie.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; sv: number } } }));
vi.mock("next-auth", () => ({ getServerSession: vi.fn(async () => session.current) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { GET as productsExport } from "@/app/merchant/inventory/export/route";
import { POST as importRun } from "@/app/merchant/inventory/import/run/route";
import { GET as reorderExport } from "@/app/merchant/inventory/reorder/export/route";
import { GET as salesExport } from "@/app/merchant/sales/export/route";
import { POST as saveUpi } from "@/app/merchant/settings/upi/route";
import { db } from "@/lib/db";
import { parseCsv } from "@/lib/domain/csv";
import { recordSale } from "@/lib/domain/sales";
import { makeCustomer, makeMerchant, makeProduct, makeUser, uniq } from "@/lib/test/factories";

const signInAs = (u: { id: string; sessionVersion: number } | null) => {
  session.current = u ? { user: { id: u.id, sv: u.sessionVersion } } : null;
};
const ORIGIN = "http://localhost";
const salesRequest = (query = "") => new Request(`${ORIGIN}/merchant/sales/export${query}`);
const exports = [
  ["products", () => productsExport()],
  ["reorder list", () => reorderExport()],
  ["sales", () => salesExport(salesRequest())],
] as const;
const cellsOf = async (res: Response) =>
  parseCsv(await res.text())
    .slice(1)
    .map((r) => r.cells);

beforeEach(() => signInAs(null));
afterEach(() => vi.useRealTimers());

describe("CSV downloads", () => {
  it("re-check the caller: signed out is 401, a customer is 403, and neither gets a byte of data", async () => {
    for (const [, download] of exports) {
      signInAs(null);
      const out = await download();
      expect(out.status).toBe(401);
      expect(await out.text()).toBe("");
      signInAs(await makeUser("CUSTOMER"));
      const wrongRole = await download();
      expect(wrongRole.status).toBe(403);
      expect(await wrongRole.text()).toBe("");
    }
  });

  it("hold only the caller's shop's rows, even when another shop's customer id is in the URL", async () => {
    const a = await makeMerchant();
    const b = await makeMerchant();
    const mine = await makeProduct(a.merchant.id, { name: `Mine ${uniq()}`, stock: 1, lowStockThreshold: 5 });
    const theirs = await makeProduct(b.merchant.id, { name: `Theirs ${uniq()}`, stock: 1, lowStockThreshold: 5 });
    const theirCustomer = await makeCustomer(b.merchant.id);
    await recordSale(a.merchant.id, a.user.id, { clientId: crypto.randomUUID(), method: "CASH", amountPaise: 1_000 });
    await recordSale(b.merchant.id, b.user.id, {
      clientId: crypto.randomUUID(),
      method: "CASH",
      amountPaise: 2_000,
      customerId: theirCustomer.id,
    });
    signInAs(a.user);

    const products = (await cellsOf(await productsExport())).map((c) => c[1]);
    expect(products).toEqual([mine.name]);
    const reorder = (await cellsOf(await reorderExport())).map((c) => c[1]);
    expect(reorder).toEqual([mine.name]);
    expect(reorder).not.toContain(theirs.name);
    const sales = await cellsOf(await salesExport(salesRequest()));
    expect(sales.map((c) => c[7])).toEqual(["10.00"]);
    expect(await cellsOf(await salesExport(salesRequest(`?customerId=${theirCustomer.id}`)))).toEqual([]);
  });

  it("are named with today's date as the shop's clock reads it, and are never cached or sniffed", async () => {
    const kolkata = await makeMerchant({ timeZone: "Asia/Kolkata" });
    const dubai = await makeMerchant({ timeZone: "Asia/Dubai" });
    // 19:30 UTC on 10 March = 01:00 on 11 March in India, 23:30 on 10 March in Dubai.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-10T19:30:00Z"));

    signInAs(kolkata.user);
    const products = await productsExport();
    expect(products.headers.get("content-disposition")).toBe('attachment; filename="products-2026-03-11.csv"');
    expect((await reorderExport()).headers.get("content-disposition")).toBe(
      'attachment; filename="reorder-list-2026-03-11.csv"',
    );
    expect((await salesExport(salesRequest())).headers.get("content-disposition")).toBe(
      'attachment; filename="sales-all-to-2026-03-11.csv"',
    );
    signInAs(dubai.user);
    expect((await productsExport()).headers.get("content-disposition")).toBe(
      'attachment; filename="products-2026-03-10.csv"',
    );

    for (const res of [products, await salesExport(salesRequest())]) {
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      // The UTF-8 BOM, so Excel reads ₹ and Hindi names right.
      expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });
});

describe("cookie-authenticated writes outside server actions (UPI details, CSV import)", () => {
  const upiForm = (upiId: string) => {
    const f = new FormData();
    f.set("upiId", upiId);
    f.set("upiPayeeName", "Test Shop");
    return f;
  };
  const upiPost = (upiId: string, headers: Record<string, string>) =>
    saveUpi(new Request(`${ORIGIN}/merchant/settings/upi`, { method: "POST", body: upiForm(upiId), headers }));
  const importPost = (text: string, headers: Record<string, string>) =>
    importRun(
      new Request(`${ORIGIN}/merchant/inventory/import/run`, {
        method: "POST",
        body: JSON.stringify({ mode: "apply", text }),
        headers: { "content-type": "application/json", ...headers },
      }),
    );

  it("refuse a request that states no Origin, or another site's, and change nothing", async () => {
    const { user, merchant } = await makeMerchant({ upiId: "before@okaxis" });
    signInAs(user);
    const csv = `sku,name,category,price,stock\nX-${uniq()},Smuggled,grocery,10,5\n`;
    const refused: Record<string, string>[] = [
      {},
      { "sec-fetch-site": "same-origin" },
      { origin: "https://evil.example" },
      { origin: "null" },
    ];
    for (const headers of refused) {
      const upi = await upiPost("hijacked@okaxis", headers);
      expect(upi.status).toBe(403);
      expect(await upi.json()).toEqual({ ok: false, code: "forbidden", message: "forbidden" });
      const imported = await importPost(csv, headers);
      expect(imported.status).toBe(403);
    }
    expect((await db.merchant.findUniqueOrThrow({ where: { id: merchant.id } })).upiId).toBe("before@okaxis");
    expect(await db.product.count({ where: { merchantId: merchant.id } })).toBe(0);
  });

  it("accept the same request from the app's own pages, for the caller's own shop only", async () => {
    const { user, merchant } = await makeMerchant({ upiId: "before@okaxis" });
    const other = await makeMerchant({ upiId: "other@okaxis" });
    signInAs(user);
    const upi = await upiPost("after@okaxis", { origin: ORIGIN });
    expect(upi.status).toBe(200);
    expect(await upi.json()).toMatchObject({ ok: true });
    expect((await db.merchant.findUniqueOrThrow({ where: { id: merchant.id } })).upiId).toBe("after@okaxis");
    expect((await db.merchant.findUniqueOrThrow({ where: { id: other.merchant.id } })).upiId).toBe("other@okaxis");

    signInAs(await makeUser("CUSTOMER"));
    expect((await upiPost("customer@okaxis", { origin: ORIGIN })).status).toBe(403);
    signInAs(null);
    expect((await importPost("sku,name\n", { origin: ORIGIN })).status).toBe(401);
  });
});
