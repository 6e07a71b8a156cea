import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant, makeUser } from "@/lib/test/factories";
import { getCustomerHistory, getCustomerShops, historyFilterFrom } from "./history";

async function entry(
  merchantId: string,
  customerId: string,
  type: "SALE" | "CREDIT_SALE" | "PAYMENT",
  amountPaise: number,
  occurredAt: Date,
) {
  return db.transaction.create({
    data: {
      merchantId,
      customerId,
      type,
      method: type === "CREDIT_SALE" ? "CREDIT" : "CASH",
      amountPaise,
      occurredAt,
      clientId: crypto.randomUUID(),
    },
  });
}

describe("customer history", () => {
  it("lists only this user's entries and orders at every shop, newest first, filtered by shop, kind and local days", async () => {
    const u = await makeUser("CUSTOMER");
    const other = await makeUser("CUSTOMER");
    const a = await makeMerchant();
    const b = await makeMerchant();
    const ta = await makeCustomer(a.merchant.id, { userId: u.id });
    const tb = await makeCustomer(b.merchant.id, { userId: u.id });
    const stranger = await makeCustomer(a.merchant.id, { userId: other.id });
    // 1 March 00:30 IST is still 28 Feb in UTC: the day filter must follow the customer's zone.
    await entry(a.merchant.id, ta.id, "CREDIT_SALE", 1_000, new Date("2026-02-28T19:00:00Z"));
    await entry(a.merchant.id, ta.id, "PAYMENT", 500, new Date("2026-03-02T06:00:00Z"));
    await entry(b.merchant.id, tb.id, "SALE", 2_000, new Date("2026-02-27T06:00:00Z"));
    await entry(a.merchant.id, stranger.id, "SALE", 9_999, new Date("2026-03-01T06:00:00Z"));
    await db.order.create({
      data: {
        merchantId: b.merchant.id,
        customerId: tb.id,
        userId: u.id,
        paymentMethod: "CASH",
        totalPaise: 3_000,
        clientId: crypto.randomUUID(),
        placedAt: new Date("2026-03-03T06:00:00Z"),
      },
    });

    const all = await getCustomerHistory(u.id, "Asia/Kolkata", historyFilterFrom({}));
    expect(all.rows.map((r) => [r.kind, r.amountPaise])).toEqual([
      ["ORDER", 3_000],
      ["PAYMENT", 500],
      ["CREDIT_SALE", 1_000],
      ["SALE", 2_000],
    ]);
    expect(all.total).toBe(4);

    const march = await getCustomerHistory(
      u.id,
      "Asia/Kolkata",
      historyFilterFrom({ from: "2026-03-01", to: "2026-03-02" }),
    );
    expect(march.rows.map((r) => r.kind)).toEqual(["PAYMENT", "CREDIT_SALE"]);
    const shopB = await getCustomerHistory(u.id, "Asia/Kolkata", historyFilterFrom({ shop: b.merchant.id }));
    expect(shopB.rows.map((r) => r.kind)).toEqual(["ORDER", "SALE"]);
    const payments = await getCustomerHistory(u.id, "Asia/Kolkata", historyFilterFrom({ kind: "payment" }));
    expect(payments.rows.map((r) => r.amountPaise)).toEqual([500]);
    const orders = await getCustomerHistory(u.id, "Asia/Kolkata", historyFilterFrom({ kind: "order" }));
    expect(orders.rows.map((r) => r.orderStatus)).toEqual(["PLACED"]);
    expect((await getCustomerShops(u.id)).map((s) => s.id).sort()).toEqual([a.merchant.id, b.merchant.id].sort());
  });

  it("lists a completed order once, as its sale (linked to the order), and an open order as an order", async () => {
    const u = await makeUser("CUSTOMER");
    const a = await makeMerchant();
    const ta = await makeCustomer(a.merchant.id, { userId: u.id });
    const order = (status: "COMPLETED" | "PLACED", at: string) =>
      db.order.create({
        data: {
          merchantId: a.merchant.id,
          customerId: ta.id,
          userId: u.id,
          status,
          paymentMethod: "CASH",
          totalPaise: 8_100,
          clientId: crypto.randomUUID(),
          placedAt: new Date(at),
        },
      });
    const done = await order("COMPLETED", "2026-03-01T06:00:00Z");
    await order("PLACED", "2026-03-02T06:00:00Z");
    const sale = await entry(a.merchant.id, ta.id, "SALE", 8_100, new Date("2026-03-01T07:00:00Z"));
    await db.transaction.update({ where: { id: sale.id }, data: { orderId: done.id } });

    const all = await getCustomerHistory(u.id, "Asia/Kolkata", historyFilterFrom({}));
    expect(all.rows.map((r) => [r.kind, r.orderStatus, r.orderId])).toEqual([
      ["ORDER", "PLACED", expect.any(String)],
      ["SALE", null, done.id],
    ]);
    expect(all.total).toBe(2);
    // Asked for orders only, the completed one is there (once) as an order.
    const orders = await getCustomerHistory(u.id, "Asia/Kolkata", historyFilterFrom({ kind: "order" }));
    expect(orders.rows.map((r) => r.orderStatus)).toEqual(["PLACED", "COMPLETED"]);
  });

  it("falls back to everything for a nonsense filter, and pages past the end are empty with the right total", async () => {
    expect(historyFilterFrom({ from: "2026-13-45", kind: "x" })).toMatchObject({ kind: "all", page: 1, invalid: true });
    expect(historyFilterFrom({ kind: "bogus" })).toMatchObject({ kind: "all", invalid: false });
    const u = await makeUser("CUSTOMER");
    const a = await makeMerchant();
    const ta = await makeCustomer(a.merchant.id, { userId: u.id });
    await entry(a.merchant.id, ta.id, "SALE", 100, new Date());
    const far = await getCustomerHistory(u.id, "Asia/Kolkata", historyFilterFrom({ page: "9" }));
    expect(far.rows).toEqual([]);
    expect(far.total).toBe(1);
  });
});
