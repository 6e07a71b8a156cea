import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant } from "@/lib/test/factories";
import { DomainError } from "./errors";
import { recordPayment } from "./ledger";
import { recordSale } from "./sales";
import {
  createStatementLink,
  liveStatementLinks,
  readSharedStatement,
  revokeStatementLink,
  signStatementToken,
  verifyStatementToken,
} from "./statement-link";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-0123456789abcdef";
});

async function shopWithDebt() {
  const shop = await makeMerchant();
  const customer = await makeCustomer(shop.merchant.id, { name: "Kamla Devi" });
  await recordSale(shop.merchant.id, shop.user.id, {
    clientId: crypto.randomUUID(),
    method: "CREDIT",
    amountPaise: 30_000,
    customerId: customer.id,
  });
  await recordPayment(shop.merchant.id, shop.user.id, {
    customerId: customer.id,
    amountPaise: 10_000,
    method: "CASH",
    clientId: crypto.randomUUID(),
  });
  return { ...shop, customer };
}

describe("statement links", () => {
  it("open one customer's statement at one shop, valid 7 days by default", async () => {
    const { merchant, user, customer } = await shopWithDebt();
    const other = await makeCustomer(merchant.id);
    await recordSale(merchant.id, user.id, {
      clientId: crypto.randomUUID(),
      method: "CREDIT",
      amountPaise: 99_900,
      customerId: other.id,
    });
    const now = new Date();
    const link = await createStatementLink(merchant.id, user.id, { customerId: customer.id }, now);
    expect(Math.round((link.expiresAt.getTime() - now.getTime()) / 86_400_000)).toBe(7);
    const shared = await readSharedStatement(link.token);
    expect(shared?.customer.id).toBe(customer.id);
    expect(shared?.balancePaise).toBe(20_000);
    expect(shared?.entries.map((e) => e.amountPaise)).toEqual([30_000, 10_000]);
    expect(shared?.shop.shopName).toBe(merchant.shopName);
    expect((await liveStatementLinks(merchant.id, customer.id)).map((l) => l.token)).toEqual([link.token]);
  });

  it("dies with the shop: a disabled shop's link shows nothing (issue 19)", async () => {
    const { merchant, user, customer } = await shopWithDebt();
    const link = await createStatementLink(merchant.id, user.id, { customerId: customer.id });
    expect(await readSharedStatement(link.token)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await readSharedStatement(link.token)).toBeNull();
  });

  it("refuses a tampered token: another id, a later expiry, a changed signature", async () => {
    const { merchant, user, customer } = await shopWithDebt();
    const link = await createStatementLink(merchant.id, user.id, { customerId: customer.id });
    const [id, exp, sig] = link.token.split(".") as [string, string, string];
    const flip = sig.slice(0, -1) + (sig.endsWith("A") ? "B" : "A");
    expect(await readSharedStatement(`${id}.${exp}.${flip}`)).toBeNull();
    expect(await readSharedStatement(`${id}.${Number(exp) + 86_400}.${sig}`)).toBeNull();
    const other = await createStatementLink(merchant.id, user.id, { customerId: (await makeCustomer(merchant.id)).id });
    expect(await readSharedStatement(`${other.id}.${exp}.${sig}`)).toBeNull();
    expect(await readSharedStatement("garbage")).toBeNull();
    expect(await readSharedStatement("")).toBeNull();
    // A token signed with another secret is not ours.
    const real = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "some-other-secret-0123456789abcdef";
    const forged = signStatementToken(link.id, link.expiresAt);
    process.env.AUTH_SECRET = real;
    expect(verifyStatementToken(forged)).toBeNull();
    expect(verifyStatementToken(link.token)).toBe(link.id);
  });

  it("stops working when it expires", async () => {
    const { merchant, user, customer } = await shopWithDebt();
    const past = new Date(Date.now() - 2 * 86_400_000);
    const link = await createStatementLink(merchant.id, user.id, { customerId: customer.id, days: 1 }, past);
    expect(verifyStatementToken(link.token)).toBeNull();
    expect(await readSharedStatement(link.token)).toBeNull();
    expect(await readSharedStatement(link.token, past)).not.toBeNull();
  });

  it("stops working when revoked, and only the shop that made it can revoke it", async () => {
    const { merchant, user, customer } = await shopWithDebt();
    const link = await createStatementLink(merchant.id, user.id, { customerId: customer.id });
    const other = await makeMerchant();
    await expect(revokeStatementLink(other.merchant.id, other.user.id, link.id)).rejects.toBeInstanceOf(DomainError);
    expect(await readSharedStatement(link.token)).not.toBeNull();
    await revokeStatementLink(merchant.id, user.id, link.id);
    await revokeStatementLink(merchant.id, user.id, link.id);
    expect(await readSharedStatement(link.token)).toBeNull();
    expect(await liveStatementLinks(merchant.id, customer.id)).toEqual([]);
    expect((await db.statementLink.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).toBeInstanceOf(Date);
  });

  it("cannot be made for another shop's customer", async () => {
    const { customer } = await shopWithDebt();
    const other = await makeMerchant();
    await expect(
      createStatementLink(other.merchant.id, other.user.id, { customerId: customer.id }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
