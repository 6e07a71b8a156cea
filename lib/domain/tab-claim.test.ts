import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { caught } from "@/lib/test/domain-error";
import { makeCustomer, makeMerchant, makeUser } from "@/lib/test/factories";
import { duesByShop } from "@/lib/queries/customer-bills";
import { CLAIM_CODE_TTL_MS, claimTab, formatClaimCode, hashClaimCode, issueClaimCode, newClaimCode } from "./tab-claim";

async function unclaimedTab(phone?: string) {
  const shop = await makeMerchant();
  const tab = await makeCustomer(shop.merchant.id, phone ? { phone } : {});
  return { ...shop, tab };
}

describe("claim codes", () => {
  it("are 8 unambiguous characters; only their sha256 is stored, valid for 7 days", async () => {
    for (let i = 0; i < 50; i++) expect(newClaimCode()).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const { merchant, user, tab } = await unclaimedTab();
    const now = new Date();
    const issued = await issueClaimCode(merchant.id, user.id, tab.id, now);
    const row = await db.claimCode.findFirstOrThrow({ where: { customerId: tab.id } });
    expect(row.codeHash).toBe(hashClaimCode(issued.code));
    expect(row.codeHash).not.toContain(issued.code);
    expect(row.expiresAt.getTime()).toBe(now.getTime() + CLAIM_CODE_TTL_MS);
    expect(formatClaimCode("ABCDEFGH")).toBe("ABCD-EFGH");
  });

  it("attach the tab to the customer once, typed loosely; the same code then refuses", async () => {
    const { merchant, user, tab } = await unclaimedTab();
    const priya = await makeUser("CUSTOMER");
    const { code } = await issueClaimCode(merchant.id, user.id, tab.id);
    const typed = ` ${formatClaimCode(code).toLowerCase()} `;
    const claimed = await claimTab(priya.id, { code: typed });
    expect(claimed).toMatchObject({ customerId: tab.id, merchantId: merchant.id });
    expect((await db.customer.findUniqueOrThrow({ where: { id: tab.id } })).userId).toBe(priya.id);
    expect((await duesByShop(priya.id)).shops.map((s) => s.customerId)).toEqual([tab.id]);
    const other = await makeUser("CUSTOMER");
    expect((await caught(claimTab(other.id, { code }))).fields?.code).toBe("claim_code_used");
    expect((await db.customer.findUniqueOrThrow({ where: { id: tab.id } })).userId).toBe(priya.id);
  });

  it("refuses a wrong code and an expired one", async () => {
    const { merchant, user, tab } = await unclaimedTab();
    const priya = await makeUser("CUSTOMER");
    const long = new Date(Date.now() - CLAIM_CODE_TTL_MS - 60_000);
    const { code } = await issueClaimCode(merchant.id, user.id, tab.id, long);
    expect((await caught(claimTab(priya.id, { code }))).fields?.code).toBe("claim_code_expired");
    let wrong = newClaimCode();
    while (wrong === code) wrong = newClaimCode();
    expect((await caught(claimTab(priya.id, { code: wrong }))).fields?.code).toBe("claim_code_invalid");
    expect((await caught(claimTab(priya.id, { code: "short" }))).fields?.code).toBe("claim_code_invalid");
    expect((await db.customer.findUniqueOrThrow({ where: { id: tab.id } })).userId).toBeNull();
  });

  it("a new code replaces the old one", async () => {
    const { merchant, user, tab } = await unclaimedTab();
    const priya = await makeUser("CUSTOMER");
    const first = await issueClaimCode(merchant.id, user.id, tab.id);
    const second = await issueClaimCode(merchant.id, user.id, tab.id);
    expect((await caught(claimTab(priya.id, { code: first.code }))).fields?.code).toBe("claim_code_expired");
    await claimTab(priya.id, { code: second.code });
  });

  it("refuses to merge: the user already has a tab at that shop; the code stays unused", async () => {
    const { merchant, user, tab } = await unclaimedTab();
    const priya = await makeUser("CUSTOMER");
    await makeCustomer(merchant.id, { userId: priya.id });
    const { code } = await issueClaimCode(merchant.id, user.id, tab.id);
    const e = await caught(claimTab(priya.id, { code }));
    expect(e.code).toBe("conflict");
    expect(e.fields?.code).toBe("claim_already_linked");
    expect((await db.customer.findUniqueOrThrow({ where: { id: tab.id } })).userId).toBeNull();
    expect((await db.claimCode.findFirstOrThrow({ where: { customerId: tab.id } })).usedAt).toBeNull();
  });

  it("is never issued for a claimed tab or another shop's customer", async () => {
    const { merchant, user, tab } = await unclaimedTab();
    const other = await makeMerchant();
    expect((await caught(issueClaimCode(other.merchant.id, other.user.id, tab.id))).code).toBe("not_found");
    const priya = await makeUser("CUSTOMER");
    const linked = await makeCustomer(merchant.id, { userId: priya.id });
    expect((await caught(issueClaimCode(merchant.id, user.id, linked.id))).code).toBe("conflict");
  });

  it("a phone match alone attaches nothing", async () => {
    const priya = await makeUser("CUSTOMER");
    const { tab } = await unclaimedTab(priya.phone!);
    expect((await duesByShop(priya.id)).shops).toEqual([]);
    expect((await db.customer.findUniqueOrThrow({ where: { id: tab.id } })).userId).toBeNull();
  });

  it("slows down a run of wrong codes", async () => {
    const guesser = await makeUser("CUSTOMER");
    for (let i = 0; i < 10; i++) await caught(claimTab(guesser.id, { code: newClaimCode() }));
    expect((await caught(claimTab(guesser.id, { code: newClaimCode() }))).code).toBe("rate_limited");
  });
});
