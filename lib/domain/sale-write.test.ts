// The one-statement sale write (record_sale): its live event is sent inside the sale's own
// transaction (once, at commit; never for a replay or a refusal), carts lock in one order,
// and a refused sale leaves nothing behind, not even its bill number.
import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getHub } from "@/lib/realtime/hub";
import { merchantAudience, userAudience, type LiveEvent } from "@/lib/realtime/events";
import { caught } from "@/lib/test/domain-error";
import { makeCustomer, makeMerchant, makeProduct, makeUser } from "@/lib/test/factories";
import { recordSale } from "./sales";

const cid = () => crypto.randomUUID();
afterAll(() => getHub().close());

function listen(audience: string) {
  const heard: LiveEvent[] = [];
  const stop = getHub().subscribe(audience, { event: (e) => heard.push(e) });
  return { heard, stop };
}
const settle = () => new Promise((r) => setTimeout(r, 300));

describe("record_sale: the live event", () => {
  it("announces a sale once with its amount and method, to the shop and the tab's customer; a replay announces nothing", async () => {
    expect(await getHub().ready()).toBe(true);
    const { merchant, user } = await makeMerchant();
    const buyer = await makeUser("CUSTOMER");
    const c = await makeCustomer(merchant.id, { userId: buyer.id });
    const shop = listen(merchantAudience(merchant.id));
    const phone = listen(userAudience(buyer.id));
    const input = { clientId: cid(), method: "CREDIT" as const, amountPaise: 2_500, customerId: c.id };
    const before = Date.now();
    const sale = await recordSale(merchant.id, user.id, input);
    await settle();
    expect(shop.heard).toEqual([
      {
        type: "sale.created",
        merchantId: merchant.id,
        customerUserId: buyer.id,
        id: sale.id,
        data: { amountPaise: 2_500, method: "CREDIT" },
        at: expect.any(String),
      },
    ]);
    expect(Date.parse(shop.heard[0]!.at!)).toBeGreaterThanOrEqual(before - 1000);
    expect(phone.heard.map((e) => e.id)).toEqual([sale.id]);
    expect((await recordSale(merchant.id, user.id, input)).replayed).toBe(true);
    await settle();
    expect(shop.heard).toHaveLength(1);
    shop.stop();
    phone.stop();
  });

  it("a refused sale announces nothing and takes no bill number", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { stock: 1 });
    const shop = listen(merchantAudience(merchant.id));
    const e = await caught(
      recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", items: [{ productId: p.id, quantity: 2 }] }),
    );
    expect(e.code).toBe("insufficient_stock");
    const ok = await recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", amountPaise: 100 });
    await settle();
    expect(shop.heard.map((h) => h.id)).toEqual([ok.id]);
    expect(ok.bill?.number).toMatch(/\/000001$/);
    expect(await db.bill.count({ where: { merchantId: merchant.id } })).toBe(1);
    shop.stop();
  });
});

describe("record_sale: stock and customers", () => {
  it("carts naming the same products in opposite orders all go through (one lock order) and stock adds up", async () => {
    const { merchant, user } = await makeMerchant();
    const a = await makeProduct(merchant.id, { stock: 100 });
    const b = await makeProduct(merchant.id, { stock: 100 });
    const carts = Array.from({ length: 8 }, (_, i) =>
      recordSale(merchant.id, user.id, {
        clientId: cid(),
        method: "CASH",
        items:
          i % 2
            ? [
                { productId: a.id, quantity: 1 },
                { productId: b.id, quantity: 2 },
              ]
            : [
                { productId: b.id, quantity: 2 },
                { productId: a.id, quantity: 1 },
              ],
      }),
    );
    expect((await Promise.allSettled(carts)).every((r) => r.status === "fulfilled")).toBe(true);
    const stock = await db.product.findMany({
      where: { id: { in: [a.id, b.id] } },
      select: { id: true, stockMilli: true },
    });
    expect(Object.fromEntries(stock.map((s) => [s.id, s.stockMilli]))).toEqual({ [a.id]: 92_000, [b.id]: 84_000 });
    const moved = await db.stockMovement.aggregate({
      where: { merchantId: merchant.id, reason: "SALE" },
      _sum: { quantityMilli: true },
    });
    expect(moved._sum.quantityMilli).toBe(-24_000);
  });

  it("a new customer's phone reuses the shop's tab of that phone, keeping its name", async () => {
    const { merchant, user } = await makeMerchant();
    const c = await makeCustomer(merchant.id, { name: "Sunita", phone: "9876501234" });
    const r = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CREDIT",
      amountPaise: 700,
      newCustomer: { name: "Someone else", phone: "9876501234" },
    });
    expect(r.customer).toEqual({ id: c.id, name: "Sunita", phone: "9876501234" });
    expect(r.balanceAfterPaise).toBe(700);
    expect(await db.customer.count({ where: { merchantId: merchant.id } })).toBe(1);
  });

  it("another shop's customer is not found, and nothing is written", async () => {
    const { merchant, user } = await makeMerchant();
    const other = await makeMerchant();
    const c = await makeCustomer(other.merchant.id);
    const e = await caught(
      recordSale(merchant.id, user.id, { clientId: cid(), method: "CREDIT", amountPaise: 700, customerId: c.id }),
    );
    expect(e).toMatchObject({ code: "not_found", fields: { customer: "customer_not_found" } });
    expect(await db.transaction.count({ where: { merchantId: merchant.id } })).toBe(0);
  });
});

describe("record_sale: the daily summary", () => {
  /** The shop's summary rows, as text in key order. */
  const summaryOf = async (merchantId: string) =>
    JSON.stringify(
      await db.$queryRaw`
        SELECT 'd' AS t, "day"::text AS day, "kind"::text || '/' || "method"::text || '/' || "known"::text AS k,
               "amountPaise"::text || '/' || "count" AS a, "voidedPaise"::text || '/' || "voidedCount" AS b
          FROM "SalesDay" WHERE "merchantId" = ${merchantId}
        UNION ALL SELECT 'c', "day"::text, "category", "soldPaise"::text || '/' || "soldMilli", "returnedPaise"::text || '/' || "returnedMilli"
          FROM "SalesDayCategory" WHERE "merchantId" = ${merchantId}
        UNION ALL SELECT 'p', "day"::text, "productId" || '/' || "name", "soldPaise"::text || '/' || "soldMilli", "returnedPaise"::text || '/' || "returnedMilli"
          FROM "SalesDayProduct" WHERE "merchantId" = ${merchantId}
        UNION ALL SELECT 'u', "day"::text, "customerId", "salesPaise"::text || '/' || "salesCount", "returnedPaise"::text
          FROM "SalesDayCustomer" WHERE "merchantId" = ${merchantId}
        ORDER BY 1, 2, 3`,
    );

  it("a sale adds itself once (not again at commit), and what it adds equals a rebuild from the ledger", async () => {
    const { merchant, user } = await makeMerchant();
    const rice = await makeProduct(merchant.id, { name: "Rice", category: "grains", pricePaise: 6_000, unit: "KG" });
    const dal = await makeProduct(merchant.id, { name: "Dal", category: "grains", pricePaise: 12_000 });
    const soap = await makeProduct(merchant.id, { name: "Soap", category: "personal", pricePaise: 3_500 });
    const c = await makeCustomer(merchant.id);
    const sell = (input: Omit<Parameters<typeof recordSale>[2], "clientId">) =>
      recordSale(merchant.id, user.id, { clientId: cid(), ...input });
    // Walk-in, two categories, loose goods, the same product twice and a keypad amount.
    await sell({
      method: "CASH",
      amountPaise: 500,
      items: [
        { productId: rice.id, quantity: 1.25 },
        { productId: dal.id, quantity: 1 },
        { productId: rice.id, quantity: 0.5 },
        { productId: soap.id, quantity: 2 },
      ],
    });
    await sell({ method: "UPI", items: [{ productId: dal.id, quantity: 3 }] });
    await sell({ method: "CREDIT", customerId: c.id, items: [{ productId: soap.id, quantity: 1 }] });
    await sell({ method: "CASH", customerId: c.id, amountPaise: 999 });
    // Yesterday in the shop's zone (an offline sale synced late).
    await sell({
      method: "CASH",
      occurredAt: new Date(Date.now() - 86_400_000),
      items: [{ productId: dal.id, quantity: 1 }],
    });

    const kept = await summaryOf(merchant.id);
    await db.$executeRaw`SELECT summary_rebuild(${merchant.id})`;
    expect(await summaryOf(merchant.id)).toBe(kept);

    const days = await db.salesDay.findMany({
      where: { merchantId: merchant.id },
      select: { count: true, amountPaise: true },
    });
    expect(days.reduce((s, d) => s + d.count, 0)).toBe(5);
    const grains = await db.salesDayCategory.aggregate({
      where: { merchantId: merchant.id, category: "grains" },
      _sum: { soldMilli: true, soldPaise: true },
    });
    // Rice 1.75 kg + dal 1 + 3 + 1 = 6.75 units; 1.75 × ₹60 + 5 × ₹120.
    expect(grains._sum).toEqual({ soldMilli: 6_750n, soldPaise: 10_500n + 60_000n });
    const tab = await db.salesDayCustomer.findMany({ where: { merchantId: merchant.id, customerId: c.id } });
    expect(tab.map((t) => [t.salesPaise, t.salesCount])).toEqual([[3_500n + 999n, 2]]);
  });
});
