import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { caught } from "@/lib/test/domain-error";
import { makeCustomer, makeMerchant, makeProduct, makeUser } from "@/lib/test/factories";
import {
  allocateFifo,
  customerBalance,
  customerStatement,
  listCustomers,
  recordPayment,
  searchCustomers,
  setCreditLimit,
  voidSale,
} from "./ledger";
import { getSale, recordSale } from "./sales";

const cid = () => crypto.randomUUID();

async function shopWithCustomer(over: Parameters<typeof makeCustomer>[1] = {}) {
  const { merchant, user } = await makeMerchant();
  const customer = await makeCustomer(merchant.id, over);
  const credit = (amountPaise: number, occurredAt?: Date) =>
    recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CREDIT",
      amountPaise,
      customerId: customer.id,
      occurredAt,
      offline: !!occurredAt,
    });
  const pay = (amountPaise: number) =>
    recordPayment(merchant.id, user.id, { customerId: customer.id, amountPaise, method: "CASH", clientId: cid() });
  return { merchant, user, customer, credit, pay };
}

describe("allocateFifo (pure)", () => {
  const bills = [
    { id: "a", amountPaise: 100, voided: false },
    { id: "b", amountPaise: 200, voided: false },
    { id: "c", amountPaise: 300, voided: false },
  ];

  it("settles the oldest bills first: 100, 200, 300 with 250 paid -> paid, partly paid 150, due", () => {
    const r = allocateFifo(bills, 250);
    expect(r.bills.map((b) => [b.id, b.status, b.paidPaise, b.duePaise])).toEqual([
      ["a", "paid", 100, 0],
      ["b", "partly_paid", 150, 50],
      ["c", "due", 0, 300],
    ]);
    expect(r.unallocatedPaise).toBe(0);
  });

  it("skips voided bills and reports what is left over as unallocated", () => {
    const r = allocateFifo([{ ...bills[0], voided: true }, bills[1], bills[2]], 600);
    expect(r.bills.map((b) => b.status)).toEqual(["voided", "paid", "paid"]);
    expect(r.bills[0].paidPaise).toBe(0);
    expect(r.unallocatedPaise).toBe(100);
  });

  it("nothing paid leaves every bill due; exact pay leaves none", () => {
    expect(allocateFifo(bills, 0).bills.every((b) => b.status === "due")).toBe(true);
    expect(allocateFifo(bills, 600).bills.every((b) => b.status === "paid")).toBe(true);
    expect(allocateFifo([], 50)).toEqual({ bills: [], unallocatedPaise: 50 });
    expect(() => allocateFifo(bills, -1)).toThrow();
    expect(() => allocateFifo(bills, 1.5)).toThrow();
  });
});

describe("payments and balances", () => {
  it("credit sales 100, 200, 300 then a payment of 250: statement shows paid / partly paid (150) / due and a running balance", async () => {
    const { merchant, customer, credit, pay } = await shopWithCustomer();
    const t0 = Date.now() - 10 * 60_000;
    const s1 = await credit(10_000, new Date(t0));
    const s2 = await credit(20_000, new Date(t0 + 60_000));
    const s3 = await credit(30_000, new Date(t0 + 120_000));
    const p = await pay(25_000);
    expect(p.duePaise).toBe(35_000);
    expect(await customerBalance(merchant.id, customer.id)).toBe(35_000);

    const st = await customerStatement(merchant.id, customer.id);
    expect(st.entries.map((e) => e.id)).toEqual([s1.id, s2.id, s3.id, p.id]);
    expect(st.entries.map((e) => e.balanceAfterPaise)).toEqual([10_000, 30_000, 60_000, 35_000]);
    expect(st.entries.slice(0, 3).map((e) => e.bill)).toEqual([
      { paidPaise: 10_000, duePaise: 0, status: "paid" },
      { paidPaise: 15_000, duePaise: 5_000, status: "partly_paid" },
      { paidPaise: 0, duePaise: 30_000, status: "due" },
    ]);
    expect(st.entries[3].bill).toBeNull();
    expect(st.balancePaise).toBe(35_000);
    expect(st.totals).toEqual({ creditPaise: 60_000, paidPaise: 25_000, voidedPaise: 0 });
  });

  it("paid sales do not touch the tab", async () => {
    const { merchant, user, customer, credit } = await shopWithCustomer();
    await credit(5_000);
    await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "UPI",
      amountPaise: 9_000,
      customerId: customer.id,
    });
    expect(await customerBalance(merchant.id, customer.id)).toBe(5_000);
  });

  it("refuses a payment above the due (naming it) and when nothing is due", async () => {
    const { merchant, customer, credit, pay } = await shopWithCustomer();
    const none = await caught(pay(100));
    expect(none.code).toBe("invalid_input");
    expect(none.message).toMatch(/nothing is due/i);
    await credit(12_050);
    const over = await caught(pay(12_051));
    expect(over.code).toBe("invalid_input");
    expect(over.message).toContain("₹120.50");
    expect(over.fields?.amountPaise).toBeTruthy();
    expect((await pay(12_050)).duePaise).toBe(0);
    expect(await db.transaction.count({ where: { customerId: customer.id, type: "PAYMENT" } })).toBe(1);
    expect(await customerBalance(merchant.id, customer.id)).toBe(0);
  });

  it("a payment is idempotent by clientId, also when the requests race", async () => {
    const { merchant, user, customer, credit } = await shopWithCustomer();
    await credit(10_000);
    const input = { customerId: customer.id, amountPaise: 6_000, method: "UPI" as const, clientId: cid() };
    const results = await Promise.all(Array.from({ length: 5 }, () => recordPayment(merchant.id, user.id, input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.replayed)).toHaveLength(4);
    const again = await recordPayment(merchant.id, user.id, input);
    expect(again).toMatchObject({ id: results[0].id, replayed: true });
    expect(await customerBalance(merchant.id, customer.id)).toBe(4_000);
  });

  it("concurrent payments cannot together pay more than the due", async () => {
    const { merchant, customer, credit, pay } = await shopWithCustomer();
    await credit(10_000);
    const results = await Promise.allSettled([pay(6_000), pay(6_000), pay(6_000)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await customerBalance(merchant.id, customer.id)).toBe(4_000);
  });

  it("writes an audit row for a payment", async () => {
    const { merchant, user, credit, pay } = await shopWithCustomer();
    await credit(10_000);
    const p = await pay(4_000);
    const a = await db.auditLog.findFirstOrThrow({ where: { merchantId: merchant.id, action: "payment.record" } });
    expect(a).toMatchObject({
      actorId: user.id,
      actorRole: "MERCHANT",
      entity: "Transaction",
      entityId: p.id,
      before: { duePaise: 10_000 },
    });
    expect(a.after).toMatchObject({ amountPaise: 4_000, duePaise: 6_000 });
  });
});

describe("voidSale", () => {
  it("voids a credit sale: the tab drops, FIFO skips it, and the statement shows it voided", async () => {
    const { merchant, user, customer, credit, pay } = await shopWithCustomer();
    const t0 = Date.now() - 10 * 60_000;
    const s1 = await credit(10_000, new Date(t0));
    const s2 = await credit(20_000, new Date(t0 + 60_000));
    await pay(15_000);
    const v = await voidSale(merchant.id, user.id, { saleId: s1.id, reason: "wrong customer", clientId: cid() });
    expect(v).toMatchObject({
      type: "VOID",
      voidsId: s1.id,
      amountPaise: 10_000,
      method: "CREDIT",
      customerId: customer.id,
    });
    expect(await customerBalance(merchant.id, customer.id)).toBe(5_000);
    const st = await customerStatement(merchant.id, customer.id);
    const bill = (id: string) => st.entries.find((e) => e.id === id)?.bill;
    expect(bill(s1.id)?.status).toBe("voided");
    expect(bill(s2.id)).toEqual({ paidPaise: 15_000, duePaise: 5_000, status: "partly_paid" });
    expect(st.entries.at(-1)).toMatchObject({ type: "VOID", voidsId: s1.id, balanceAfterPaise: 5_000 });
    expect(st.totals.voidedPaise).toBe(10_000);
    expect((await getSale(merchant.id, s1.id)).voided).toBe(true);
  });

  it("voiding a paid-up credit sale leaves an advance the next bill uses", async () => {
    const { merchant, user, customer, credit, pay } = await shopWithCustomer();
    const s = await credit(10_000);
    await pay(10_000);
    await voidSale(merchant.id, user.id, { saleId: s.id, reason: "returned", clientId: cid() });
    expect(await customerBalance(merchant.id, customer.id)).toBe(-10_000);
    const st = await customerStatement(merchant.id, customer.id);
    expect(st.advancePaise).toBe(10_000);
    expect((await caught(pay(1))).message).toMatch(/nothing is due/i);
  });

  it("puts the items back on the shelf with VOID movements, and keeps the guest", async () => {
    const { merchant, user } = await makeMerchant();
    const a = await makeProduct(merchant.id, { stock: 10 });
    const b = await makeProduct(merchant.id, { stock: 10 });
    const s = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CASH",
      items: [
        { productId: a.id, quantity: 3 },
        { productId: b.id, quantity: 1 },
      ],
      amountPaise: 500,
    });
    const v = await voidSale(merchant.id, user.id, { saleId: s.id, reason: "customer changed mind", clientId: cid() });
    expect((await db.product.findUniqueOrThrow({ where: { id: a.id } })).stockMilli).toBe(10_000);
    expect((await db.product.findUniqueOrThrow({ where: { id: b.id } })).stockMilli).toBe(10_000);
    const mv = await db.stockMovement.findMany({ where: { refId: v.id }, orderBy: { quantityMilli: "asc" } });
    expect(mv.map((m) => [m.productId, m.quantityMilli, m.reason])).toEqual(
      expect.arrayContaining([
        [a.id, 3_000, "VOID"],
        [b.id, 1_000, "VOID"],
      ]),
    );
    const row = await db.transaction.findUniqueOrThrow({ where: { id: v.id } });
    const sale = await db.transaction.findUniqueOrThrow({ where: { id: s.id } });
    expect(row).toMatchObject({
      method: "CASH",
      amountPaise: sale.amountPaise,
      guestId: sale.guestId,
      note: "customer changed mind",
    });
  });

  it("refuses a second void (conflict), replays the same void, and stock comes back once", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { stock: 5 });
    const s = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CASH",
      items: [{ productId: p.id, quantity: 2 }],
    });
    const input = { saleId: s.id, reason: "mistake", clientId: cid() };
    const v = await voidSale(merchant.id, user.id, input);
    expect(await voidSale(merchant.id, user.id, input)).toMatchObject({ id: v.id, replayed: true });
    const e = await caught(voidSale(merchant.id, user.id, { ...input, clientId: cid() }));
    expect(e.code).toBe("conflict");
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stockMilli).toBe(5_000);
  });

  it("two different voids racing: exactly one wins, the other is a conflict", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { stock: 5 });
    const s = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CASH",
      items: [{ productId: p.id, quantity: 2 }],
    });
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => voidSale(merchant.id, user.id, { saleId: s.id, reason: "x", clientId: cid() })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .every((r) => (r as PromiseRejectedResult).reason.code === "conflict"),
    ).toBe(true);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).stockMilli).toBe(5_000);
  });

  it("refuses to void a payment or a void", async () => {
    const { merchant, user, credit, pay } = await shopWithCustomer();
    const s = await credit(5_000);
    const p = await pay(1_000);
    expect((await caught(voidSale(merchant.id, user.id, { saleId: p.id, reason: "x", clientId: cid() }))).code).toBe(
      "invalid_transition",
    );
    const v = await voidSale(merchant.id, user.id, { saleId: s.id, reason: "x", clientId: cid() });
    expect((await caught(voidSale(merchant.id, user.id, { saleId: v.id, reason: "x", clientId: cid() }))).code).toBe(
      "invalid_transition",
    );
  });

  it("writes an audit row for the void", async () => {
    const { merchant, user } = await makeMerchant();
    const s = await recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", amountPaise: 700 });
    const v = await voidSale(merchant.id, user.id, { saleId: s.id, reason: "typo", clientId: cid() });
    const a = await db.auditLog.findFirstOrThrow({ where: { merchantId: merchant.id, action: "sale.void" } });
    expect(a).toMatchObject({ actorId: user.id, actorRole: "MERCHANT", entity: "Transaction", entityId: s.id });
    expect(a.after).toMatchObject({ voided: true, voidId: v.id, reason: "typo" });
  });
});

describe("tenant isolation", () => {
  it("shop B cannot read, void or pay against shop A's sales and customers", async () => {
    const a = await shopWithCustomer();
    const b = await makeMerchant();
    const sale = await a.credit(10_000);
    const nf = async (p: Promise<unknown>) => expect((await caught(p)).code).toBe("not_found");
    await nf(getSale(b.merchant.id, sale.id));
    await nf(voidSale(b.merchant.id, b.user.id, { saleId: sale.id, reason: "x", clientId: cid() }));
    await nf(
      recordPayment(b.merchant.id, b.user.id, {
        customerId: a.customer.id,
        amountPaise: 100,
        method: "CASH",
        clientId: cid(),
      }),
    );
    await nf(customerBalance(b.merchant.id, a.customer.id));
    await nf(customerStatement(b.merchant.id, a.customer.id));
    await nf(setCreditLimit(b.merchant.id, b.user.id, a.customer.id, 100));
    expect(await customerBalance(a.merchant.id, a.customer.id)).toBe(10_000);
    expect((await listCustomers(b.merchant.id)).rows).toEqual([]);
    expect(await searchCustomers(b.merchant.id, a.customer.name)).toEqual([]);
  });
});

describe("credit limits", () => {
  it("sets, audits and enforces a limit; null removes it", async () => {
    const { merchant, user, customer, credit } = await shopWithCustomer();
    await credit(8_000);
    expect(await setCreditLimit(merchant.id, user.id, customer.id, 10_000)).toEqual({
      customerId: customer.id,
      creditLimitPaise: 10_000,
    });
    expect((await caught(credit(2_001))).code).toBe("credit_limit_exceeded");
    const a = await db.auditLog.findFirstOrThrow({
      where: { merchantId: merchant.id, action: "customer.credit_limit" },
    });
    expect(a).toMatchObject({
      entity: "Customer",
      entityId: customer.id,
      before: { creditLimitPaise: null },
      after: { creditLimitPaise: 10_000 },
    });
    await setCreditLimit(merchant.id, user.id, customer.id, null);
    await credit(50_000);
    expect(await customerBalance(merchant.id, customer.id)).toBe(58_000);
    expect((await caught(setCreditLimit(merchant.id, user.id, customer.id, -5))).code).toBe("invalid_input");
  });
});

describe("listCustomers and searchCustomers", () => {
  it("lists each customer with due, last activity, limit and claimed; searches, sorts and pages", async () => {
    const { merchant, user } = await makeMerchant();
    const owner = await makeUser("CUSTOMER");
    const asha = await makeCustomer(merchant.id, {
      name: "Asha Devi",
      phone: "9811100001",
      userId: owner.id,
      creditLimitPaise: 100_000,
    });
    const bala = await makeCustomer(merchant.id, { name: "Bala", phone: "9811100002" });
    const chotu = await makeCustomer(merchant.id, { name: "Chotu 50%_off", phone: "9811100003" });
    const sale = (customerId: string, amountPaise: number, method: "CREDIT" | "CASH" = "CREDIT") =>
      recordSale(merchant.id, user.id, { clientId: cid(), method, amountPaise, customerId });
    await sale(asha.id, 30_000);
    await sale(bala.id, 50_000);
    await recordPayment(merchant.id, user.id, {
      customerId: bala.id,
      amountPaise: 10_000,
      method: "CASH",
      clientId: cid(),
    });
    await sale(chotu.id, 999, "CASH");

    const all = await listCustomers(merchant.id, { sort: "name" });
    expect(all.total).toBe(3);
    expect(all.totalDuePaise).toBe(70_000);
    expect(all.rows.map((r) => [r.name, r.duePaise, r.claimed])).toEqual([
      ["Asha Devi", 30_000, true],
      ["Bala", 40_000, false],
      ["Chotu 50%_off", 0, false],
    ]);
    expect(all.rows[0].creditLimitPaise).toBe(100_000);
    expect(all.rows.every((r) => r.lastActivityAt instanceof Date)).toBe(true);

    expect((await listCustomers(merchant.id, { sort: "due" })).rows.map((r) => r.name)).toEqual([
      "Bala",
      "Asha Devi",
      "Chotu 50%_off",
    ]);
    expect((await listCustomers(merchant.id, { q: "asha" })).rows.map((r) => r.id)).toEqual([asha.id]);
    expect((await listCustomers(merchant.id, { q: "00002" })).rows.map((r) => r.id)).toEqual([bala.id]);
    // LIKE wildcards in the query are literal.
    expect((await listCustomers(merchant.id, { q: "%" })).rows.map((r) => r.id)).toEqual([chotu.id]);

    const p2 = await listCustomers(merchant.id, { sort: "name", page: 2, pageSize: 2 });
    expect(p2.rows.map((r) => r.name)).toEqual(["Chotu 50%_off"]);
    expect(p2.total).toBe(3);
    const p9 = await listCustomers(merchant.id, { page: 9, pageSize: 2 });
    expect(p9).toMatchObject({ rows: [], total: 3, totalDuePaise: 70_000 });
  });

  it("the POS picker puts name-prefix matches first and finds by phone", async () => {
    const { merchant } = await makeMerchant();
    const ram = await makeCustomer(merchant.id, { name: "Ram Lal", phone: "9822200001" });
    const sita = await makeCustomer(merchant.id, { name: "Sita Ram", phone: "9822200002" });
    await makeCustomer(merchant.id, { name: "Geeta", phone: "9822200003" });
    expect((await searchCustomers(merchant.id, "ram")).map((c) => c.id)).toEqual([ram.id, sita.id]);
    expect((await searchCustomers(merchant.id, "200002")).map((c) => c.id)).toEqual([sita.id]);
    expect(await searchCustomers(merchant.id, "", 2)).toHaveLength(2);
    expect((await searchCustomers(merchant.id, "ram"))[0]).toMatchObject({
      duePaise: 0,
      creditLimitPaise: null,
      phone: "9822200001",
    });
  });
});
