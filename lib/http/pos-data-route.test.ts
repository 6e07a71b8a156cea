import { beforeEach, describe, expect, it, vi } from "vitest";

// The route handler reads the caller from next-auth's session: stand in for the cookie.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; sv: number } } }));
vi.mock("next-auth", () => ({ getServerSession: vi.fn(async () => session.current) }));

import { GET as posData } from "@/app/merchant/pos/data/route";
import { db } from "@/lib/db";
import { fromWire, type PosWire } from "@/lib/pos/pos-wire";
import { makeCustomer, makeMerchant, makeProduct, makeUser, uniq } from "@/lib/test/factories";

const signInAs = (u: { id: string; sessionVersion: number } | null) => {
  session.current = u ? { user: { id: u.id, sv: u.sessionVersion } } : null;
};

beforeEach(() => signInAs(null));

describe("GET /merchant/pos/data (the counter's snapshot)", () => {
  it("re-checks the caller: signed out is 401, a customer is 403, and neither gets a byte", async () => {
    const out = await posData();
    expect(out.status).toBe(401);
    expect(await out.text()).toBe("");
    signInAs(await makeUser("CUSTOMER"));
    const wrongRole = await posData();
    expect(wrongRole.status).toBe(403);
    expect(await wrongRole.text()).toBe("");
  });

  it("holds only the caller's shop's live products and customers, with stock in units, never cached", async () => {
    const a = await makeMerchant({ shopName: `Mine ${uniq()}` });
    const b = await makeMerchant();
    const rice = await makeProduct(a.merchant.id, { name: `A rice ${uniq()}`, stock: 7, pricePaise: 6_000 });
    const sugar = await makeProduct(a.merchant.id, { name: `B sugar ${uniq()}`, stock: 2, unit: "KG" });
    await db.product.update({ where: { id: sugar.id }, data: { stockMilli: 2_250 } });
    const gone = await makeProduct(a.merchant.id, { name: `C gone ${uniq()}` });
    await db.product.update({ where: { id: gone.id }, data: { archivedAt: new Date() } });
    await makeProduct(b.merchant.id, { name: `Theirs ${uniq()}` });
    const ravi = await makeCustomer(a.merchant.id, { creditLimitPaise: 50_000 });
    await makeCustomer(b.merchant.id);
    signInAs(a.user);

    const res = await posData();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const data = fromWire((await res.json()) as PosWire);
    expect(data.shop.name).toBe(a.merchant.shopName);
    expect(data.products.map((p) => [p.id, p.stock, p.pricePaise])).toEqual([
      [rice.id, 7, 6_000],
      [sugar.id, 2.25, 10_000],
    ]);
    expect(data.products[1]!.unit).toBe("KG");
    expect(data.customers.map((c) => [c.id, c.creditLimitPaise])).toEqual([[ravi.id, 50_000]]);
    expect(data.customersComplete).toBe(true);
    // The owner may allow a pay-later sale over a credit limit.
    expect(data.canAllowOverLimit).toBe(true);
    expect(Date.parse(data.loadedAt!)).toBeGreaterThan(Date.now() - 60_000);
  });
});
