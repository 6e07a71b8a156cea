import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as billsRoute } from "@/app/api/v1/bills/route";
import { db } from "@/lib/db";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { caught } from "@/lib/test/domain-error";
import { makeCustomer, makeMerchant, makeProduct, makeUser } from "@/lib/test/factories";
import { duesByShop, payableAfterClaims, shopBillsForUser } from "./customer-bills";
import { openDispute, openDisputesForTab, resolveDispute } from "@/lib/domain/disputes";
import { customerStatement, recordPayment, voidSale } from "@/lib/domain/ledger";
import {
  claimClientId,
  confirmPaymentClaim,
  createPaymentClaim,
  rejectPaymentClaim,
} from "@/lib/domain/payment-claims";
import { recordSale } from "@/lib/domain/sales";

const cid = () => crypto.randomUUID();

/** A customer user with a claimed tab at a fresh shop, and helpers to move money on it. */
async function tabAt(userId: string, shop?: Awaited<ReturnType<typeof makeMerchant>>) {
  const { merchant, user: owner } = shop ?? (await makeMerchant());
  const customer = await makeCustomer(merchant.id, { userId });
  const credit = (amountPaise: number) =>
    recordSale(merchant.id, owner.id, { clientId: cid(), method: "CREDIT", amountPaise, customerId: customer.id });
  const pay = (amountPaise: number) =>
    recordPayment(merchant.id, owner.id, { customerId: customer.id, amountPaise, method: "CASH", clientId: cid() });
  return { merchant, owner, customer, credit, pay };
}

describe("dues per shop", () => {
  it("lists every shop's due, most owed first, with the total", async () => {
    const u = await makeUser("CUSTOMER");
    const a = await tabAt(u.id);
    const b = await tabAt(u.id);
    await a.credit(10_000);
    await a.credit(20_000);
    await a.pay(15_000);
    await b.credit(50_000);
    const dues = await duesByShop(u.id);
    expect(dues.shops.map((s) => [s.merchantId, s.duePaise])).toEqual([
      [b.merchant.id, 50_000],
      [a.merchant.id, 15_000],
    ]);
    expect(dues.totalDuePaise).toBe(65_000);
    expect(dues.shops[0]!.upi?.upiId).toBe("testshop@okaxis");
  });

  it("shows each credit sale as a bill with the merchant statement's FIFO state, newest first", async () => {
    const u = await makeUser("CUSTOMER");
    const a = await tabAt(u.id);
    const p = await makeProduct(a.merchant.id, { name: "Toor dal 1kg", pricePaise: 14_000 });
    const first = await a.credit(10_000);
    const second = await recordSale(a.merchant.id, a.owner.id, {
      clientId: cid(),
      method: "CREDIT",
      items: [{ productId: p.id, quantity: 2 }],
      customerId: a.customer.id,
    });
    const third = await a.credit(5_000);
    await voidSale(a.merchant.id, a.owner.id, { saleId: third.id, reason: "Entered twice", clientId: cid() });
    await a.pay(20_000);

    const mine = await shopBillsForUser(u.id, a.customer.id);
    const theirs = await customerStatement(a.merchant.id, a.customer.id);
    expect(mine.duePaise).toBe(theirs.balancePaise);
    expect(mine.duePaise).toBe(18_000);
    expect(mine.bills.map((b) => [b.id, b.status, b.paidPaise, b.duePaise])).toEqual([
      [third.id, "voided", 0, 0],
      [second.id, "partly_paid", 10_000, 18_000],
      [first.id, "paid", 10_000, 0],
    ]);
    for (const b of mine.bills) expect(b.status).toBe(theirs.entries.find((e) => e.id === b.id)!.bill!.status);
    expect(mine.bills[1]!.items).toEqual([
      // Exact milli-units and the unit, so the bill prints "2" or "0.250 kg" (issue 17).
      { name: "Toor dal 1kg", quantityMilli: 2_000, unit: "PIECE", lineTotalPaise: 28_000 },
    ]);
    expect(mine.payments.map((x) => x.amountPaise)).toEqual([20_000]);
  });

  it("never shows another customer's tab: a foreign id is not_found", async () => {
    const alice = await makeUser("CUSTOMER");
    const bob = await makeUser("CUSTOMER");
    const a = await tabAt(alice.id);
    await a.credit(9_900);
    expect((await caught(shopBillsForUser(bob.id, a.customer.id))).code).toBe("not_found");
    expect((await caught(shopBillsForUser(bob.id, "made-up-id"))).code).toBe("not_found");
    expect((await duesByShop(bob.id)).shops).toEqual([]);
    // An unclaimed tab is nobody's from the customer side.
    const loose = await makeCustomer(a.merchant.id);
    expect((await caught(shopBillsForUser(alice.id, loose.id))).code).toBe("not_found");
  });

  it("GET /api/v1/bills answers the customer with their shops and bill states", async () => {
    const u = await makeUser("CUSTOMER");
    const a = await tabAt(u.id);
    await a.credit(30_000);
    await a.pay(10_000);
    const { token } = await bearerFor(u.id);
    const res = await callRoute(billsRoute, "/api/v1/bills", { token });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      totalDuePaise: number;
      shops: { customerId: string; duePaise: number; bills: { status: string; paidPaise: number }[] }[];
    };
    expect(body.totalDuePaise).toBe(20_000);
    expect(body.shops[0]!.customerId).toBe(a.customer.id);
    expect(body.shops[0]!.bills).toEqual([expect.objectContaining({ status: "partly_paid", paidPaise: 10_000 })]);
    const merchantToken = (await bearerFor(a.owner.id)).token;
    expect((await callRoute(billsRoute, "/api/v1/bills", { token: merchantToken })).status).toBe(403);
  });
});

describe("payment claims", () => {
  it("a claim moves no money; the shop confirming records one UPI payment, exactly once", async () => {
    const u = await makeUser("CUSTOMER");
    const a = await tabAt(u.id);
    await a.credit(40_000);
    const claim = await createPaymentClaim(u.id, { customerId: a.customer.id, amountPaise: 25_000, note: "UTR 4521" });
    expect(claim.status).toBe("PENDING");
    let view = await shopBillsForUser(u.id, a.customer.id);
    expect(view.duePaise).toBe(40_000);
    expect(view.bills[0]!.status).toBe("due");
    expect(view.pendingClaimPaise).toBe(25_000);
    expect(payableAfterClaims(view)).toBe(15_000);

    const done = await confirmPaymentClaim(a.merchant.id, a.owner.id, claim.id);
    expect(done.status).toBe("CONFIRMED");
    expect(done.transactionId).toBe(done.payment.id);
    expect(done.payment.clientId).toBe(claimClientId(claim.id));
    const again = await confirmPaymentClaim(a.merchant.id, a.owner.id, claim.id);
    expect(again.replayed).toBe(true);
    expect(again.transactionId).toBe(done.transactionId);
    expect(await db.transaction.count({ where: { customerId: a.customer.id, type: "PAYMENT" } })).toBe(1);
    view = await shopBillsForUser(u.id, a.customer.id);
    expect(view.duePaise).toBe(15_000);
    expect(view.bills[0]!.status).toBe("partly_paid");
    expect(view.claims[0]).toMatchObject({ id: claim.id, status: "CONFIRMED" });
  });

  it("racing confirms still record a single payment", async () => {
    const u = await makeUser("CUSTOMER");
    const a = await tabAt(u.id);
    await a.credit(10_000);
    const claim = await createPaymentClaim(u.id, { customerId: a.customer.id, amountPaise: 10_000 });
    const results = await Promise.all([1, 2, 3, 4].map(() => confirmPaymentClaim(a.merchant.id, a.owner.id, claim.id)));
    expect(new Set(results.map((r) => r.transactionId)).size).toBe(1);
    expect(await db.transaction.count({ where: { customerId: a.customer.id, type: "PAYMENT" } })).toBe(1);
    expect((await shopBillsForUser(u.id, a.customer.id)).bills[0]!.status).toBe("paid");
  });

  it("needs the tab's own shop: another merchant cannot confirm or reject it, the customer cannot claim on someone else's tab", async () => {
    const u = await makeUser("CUSTOMER");
    const other = await makeUser("CUSTOMER");
    const a = await tabAt(u.id);
    const b = await tabAt(other.id);
    await a.credit(10_000);
    const claim = await createPaymentClaim(u.id, { customerId: a.customer.id, amountPaise: 5_000 });
    expect((await caught(confirmPaymentClaim(b.merchant.id, b.owner.id, claim.id))).code).toBe("not_found");
    expect((await caught(rejectPaymentClaim(b.merchant.id, b.owner.id, { claimId: claim.id, note: "no" }))).code).toBe(
      "not_found",
    );
    expect((await caught(createPaymentClaim(other.id, { customerId: a.customer.id, amountPaise: 100 }))).code).toBe(
      "not_found",
    );
    expect(await db.transaction.count({ where: { customerId: a.customer.id, type: "PAYMENT" } })).toBe(0);
  });

  it("refuses claims beyond the due not yet claimed; a rejected claim records nothing and cannot then be confirmed", async () => {
    const u = await makeUser("CUSTOMER");
    const a = await tabAt(u.id);
    expect(
      (await caught(createPaymentClaim(u.id, { customerId: a.customer.id, amountPaise: 100 }))).fields?.amountPaise,
    ).toBe("claim_nothing_due");
    await a.credit(10_000);
    const first = await createPaymentClaim(u.id, { customerId: a.customer.id, amountPaise: 6_000 });
    const over = await caught(createPaymentClaim(u.id, { customerId: a.customer.id, amountPaise: 5_000 }));
    expect(over.fields?.amountPaise).toBe("claim_more_than_due");
    expect(over.details?.payablePaise).toBe(4_000);
    const rejected = await rejectPaymentClaim(a.merchant.id, a.owner.id, {
      claimId: first.id,
      note: "Not received in the bank",
    });
    expect(rejected).toMatchObject({ status: "REJECTED", note: "Not received in the bank" });
    expect((await caught(confirmPaymentClaim(a.merchant.id, a.owner.id, first.id))).code).toBe("invalid_transition");
    expect(await db.transaction.count({ where: { customerId: a.customer.id, type: "PAYMENT" } })).toBe(0);
    expect((await shopBillsForUser(u.id, a.customer.id)).duePaise).toBe(10_000);
    // Once rejected, the full due may be claimed again.
    await createPaymentClaim(u.id, { customerId: a.customer.id, amountPaise: 10_000 });
  });
});

describe("disputes", () => {
  it("a customer flags their own entry once; the shop sees it and resolves it; others cannot", async () => {
    const u = await makeUser("CUSTOMER");
    const other = await makeUser("CUSTOMER");
    const a = await tabAt(u.id);
    const b = await tabAt(other.id);
    const sale = await a.credit(12_000);
    expect((await caught(openDispute(other.id, { transactionId: sale.id, note: "Not mine at all" }))).code).toBe(
      "not_found",
    );
    const d = await openDispute(u.id, { transactionId: sale.id, note: "I bought only half of this" });
    expect((await caught(openDispute(u.id, { transactionId: sale.id, note: "Again" }))).code).toBe("conflict");
    expect((await openDisputesForTab(a.merchant.id, a.customer.id)).map((x) => x.id)).toEqual([d.id]);
    expect((await shopBillsForUser(u.id, a.customer.id)).bills[0]!.disputes).toEqual([
      expect.objectContaining({ id: d.id, resolvedAt: null }),
    ]);
    expect((await caught(resolveDispute(b.merchant.id, b.owner.id, d.id))).code).toBe("not_found");
    const r = await resolveDispute(a.merchant.id, a.owner.id, d.id);
    expect(r.resolvedAt).toBeInstanceOf(Date);
    expect((await resolveDispute(a.merchant.id, a.owner.id, d.id)).replayed).toBe(true);
    expect(await openDisputesForTab(a.merchant.id, a.customer.id)).toEqual([]);
  });
});
