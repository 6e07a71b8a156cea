import crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { caught } from "@/lib/test/domain-error";
import { makeCustomer, makeMerchant, makeProduct } from "@/lib/test/factories";
import { parseCsv } from "@/lib/domain/csv";
import { recordPayment, voidSale } from "@/lib/domain/ledger";
import { listSales, salesCsv } from "./sales-history";
import { recordSale } from "@/lib/domain/sales";

const cid = () => crypto.randomUUID();

/** A shop with a known history: 4 sales over two days, one of them voided, one payment. */
async function shopWithHistory() {
  const { merchant, user } = await makeMerchant();
  const customer = await makeCustomer(merchant.id, { name: 'Verma, "Pappu"' });
  const soap = await makeProduct(merchant.id, { name: "Lux soap", pricePaise: 4_500 });
  const day1 = new Date(Date.now() - 2 * 86_400_000);
  const day2 = new Date(Date.now() - 86_400_000);
  const at = (d: Date, min: number) => new Date(d.getTime() + min * 60_000);
  const sale = (over: Record<string, unknown>) =>
    recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", offline: true, ...over } as Parameters<
      typeof recordSale
    >[2]);
  const s1 = await sale({ amountPaise: 10_000, occurredAt: at(day1, 0) });
  const s2 = await sale({ method: "UPI", items: [{ productId: soap.id, quantity: 2 }], occurredAt: at(day1, 10) });
  const s3 = await sale({ method: "CREDIT", amountPaise: 30_000, customerId: customer.id, occurredAt: at(day2, 0) });
  const s4 = await sale({ method: "CARD", amountPaise: 5_050, occurredAt: at(day2, 5) });
  // A void is only for the sale's own day (issue 18): made on that day, minutes after it.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(at(day2, 6));
  await voidSale(merchant.id, user.id, { saleId: s4.id, reason: "card declined", clientId: cid() });
  vi.useRealTimers();
  await recordPayment(merchant.id, user.id, {
    customerId: customer.id,
    amountPaise: 1_000,
    method: "CASH",
    clientId: cid(),
  });
  return { merchant, user, customer, day1, day2, s1, s2, s3, s4 };
}

describe("listSales", () => {
  it("lists sales newest first with customer or Walk-in, line count and voided flag, and totals in SQL", async () => {
    const h = await shopWithHistory();
    const r = await listSales(h.merchant.id, {});
    expect(r.rows.map((x) => x.id)).toEqual([h.s4.id, h.s3.id, h.s2.id, h.s1.id]);
    expect(r.rows[0]).toMatchObject({
      type: "SALE",
      method: "CARD",
      amountPaise: 5_050,
      customerName: "Walk-in",
      voided: true,
      itemsCount: 0, // keypad-only: a Quick sale, not "1 item" (issue 17)
    });
    expect(r.rows[1]).toMatchObject({
      type: "CREDIT_SALE",
      method: "CREDIT",
      customerName: 'Verma, "Pappu"',
      customerId: h.customer.id,
      voided: false,
    });
    expect(r.rows[2]).toMatchObject({ itemsCount: 1, amountPaise: 9_000 });
    expect(r.totals).toEqual({
      count: 4,
      grossPaise: 10_000 + 9_000 + 30_000 + 5_050,
      voidedPaise: 5_050,
      netPaise: 49_000,
      byMethod: { CASH: 10_000, CARD: 0, UPI: 9_000, CREDIT: 30_000 },
      paymentsPaise: 0,
    });
  });

  it("filters by method, customer, date range, type and search text; totals follow the filter", async () => {
    const h = await shopWithHistory();
    const ids = async (f: Parameters<typeof listSales>[1]) => (await listSales(h.merchant.id, f)).rows.map((x) => x.id);
    expect(await ids({ method: "UPI" })).toEqual([h.s2.id]);
    expect(await ids({ customerId: h.customer.id })).toEqual([h.s3.id]);
    expect(await ids({ from: h.day2 })).toEqual([h.s4.id, h.s3.id]);
    expect(await ids({ to: h.day2 })).toEqual([h.s2.id, h.s1.id]);
    expect(await ids({ type: "CREDIT_SALE" })).toEqual([h.s3.id]);
    expect(await ids({ q: "lux" })).toEqual([h.s2.id]);
    expect(await ids({ q: "verma" })).toEqual([h.s3.id]);
    const pays = await listSales(h.merchant.id, { type: "PAYMENT" });
    expect(pays.rows).toHaveLength(1);
    expect(pays.totals).toMatchObject({ count: 1, netPaise: 0, paymentsPaise: 1_000 });
    const day2 = await listSales(h.merchant.id, { from: h.day2.toISOString() });
    expect(day2.totals).toMatchObject({ count: 2, grossPaise: 35_050, voidedPaise: 5_050, netPaise: 30_000 });
    expect((await caught(listSales(h.merchant.id, { from: h.day2, to: h.day1 }))).code).toBe("invalid_input");
  });

  it("pages by offset and by cursor, with totals for the whole filter on every page", async () => {
    const h = await shopWithHistory();
    const p1 = await listSales(h.merchant.id, { pageSize: 3 });
    expect(p1.rows).toHaveLength(3);
    expect(p1.hasMore).toBe(true);
    expect(p1.totals.count).toBe(4);
    const byPage = await listSales(h.merchant.id, { pageSize: 3, page: 2 });
    const byCursor = await listSales(h.merchant.id, { pageSize: 3, cursor: p1.nextCursor! });
    expect(byPage.rows.map((r) => r.id)).toEqual([h.s1.id]);
    expect(byCursor.rows.map((r) => r.id)).toEqual([h.s1.id]);
    expect(byCursor.hasMore).toBe(false);
    expect(byCursor.nextCursor).toBeNull();
    expect((await caught(listSales(h.merchant.id, { cursor: "garbage" }))).code).toBe("invalid_input");
    expect((await caught(listSales(h.merchant.id, { pageSize: 201 }))).code).toBe("invalid_input");
  });

  it("shows nothing of another shop", async () => {
    const h = await shopWithHistory();
    const other = await makeMerchant();
    const r = await listSales(other.merchant.id, {});
    expect(r.rows).toEqual([]);
    expect(r.totals.count).toBe(0);
    expect(await listSales(other.merchant.id, { customerId: h.customer.id })).toMatchObject({ rows: [] });
  });
});

describe("salesCsv", () => {
  it("writes a header and one properly quoted row per sale, rupees with 2 decimals, times in the shop's zone", async () => {
    const h = await shopWithHistory();
    const csv = await salesCsv(h.merchant.id, { pageSize: 1 });
    expect(csv.startsWith("Date,Time,Receipt,Type,Method,Customer,Items,Amount (INR),Voided,Bill no.\r\n")).toBe(true);
    expect(csv).toContain(`"Verma, ""Pappu"""`);
    const recs = parseCsv(csv).map((r) => r.cells);
    expect(recs).toHaveLength(5);
    const byId = new Map(recs.slice(1).map((c) => [c[2], c]));
    expect(byId.get(h.s3.id)?.slice(3, 9)).toEqual([
      "Credit sale",
      "Credit", // Keypad-only sales are "Quick sale" in the export (issue 17), not "1" item.
      'Verma, "Pappu"',
      "Quick sale",
      "300.00",
      "no",
    ]);
    expect(byId.get(h.s4.id)?.slice(3, 9)).toEqual(["Sale", "Card", "Walk-in", "Quick sale", "50.50", "yes"]);
    // The bill number is in the CSV too (issue 18: find any bill by its number).
    expect(byId.get(h.s3.id)?.[9]).toMatch(/^INV\/\d\d-\d\d\/\d{6}$/);
    const ist = new Date(h.s1.occurredAt.getTime() + 330 * 60_000).toISOString();
    expect(byId.get(h.s1.id)?.slice(0, 2)).toEqual([ist.slice(0, 10), ist.slice(11, 16)]);
  });

  it("guards cells a spreadsheet would run as formulas", async () => {
    const { merchant, user } = await makeMerchant();
    const c = await makeCustomer(merchant.id, { name: '=HYPERLINK("x")' });
    await recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", amountPaise: 100, customerId: c.id });
    const csv = await salesCsv(merchant.id, {});
    expect(parseCsv(csv)[1].cells[5]).toBe('\'=HYPERLINK("x")');
    expect(await db.transaction.count({ where: { merchantId: merchant.id } })).toBe(1);
  });
});
