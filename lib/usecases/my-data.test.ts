import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant, makeUser } from "@/lib/test/factories";
import { askToDeleteTab, carryOutDeletion, downloadMyData, pendingDeletions } from "./my-data";

process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-0123456789abcdef";

async function world() {
  const shop = await makeMerchant({ shopName: "Gopal Dairy" });
  const u = await makeUser("CUSTOMER", { name: "Asha Verma" });
  const other = await makeUser("CUSTOMER");
  const withBills = await makeCustomer(shop.merchant.id, { name: "Asha Verma", phone: "9811100001", userId: u.id });
  const shop2 = await makeMerchant();
  const empty = await makeCustomer(shop2.merchant.id, { name: "Asha V", phone: "9811100001", userId: u.id });
  await db.transaction.create({
    data: {
      merchantId: shop.merchant.id,
      customerId: withBills.id,
      type: "CREDIT_SALE",
      method: "CREDIT",
      amountPaise: 12_000,
      clientId: crypto.randomUUID(),
    },
  });
  return { shop, shop2, u, other, withBills, empty };
}

describe("the customer's data (DPDP)", () => {
  it("downloads their account, tabs with bills, and nothing of anyone else's", async () => {
    const { u, other, withBills } = await world();
    await makeCustomer((await makeMerchant()).merchant.id, { name: "Someone Else", userId: other.id });
    const data = await downloadMyData({ userId: u.id });
    expect(data.account).toMatchObject({ name: "Asha Verma" });
    expect(data.tabs.map((t) => t.shop).sort()).toEqual(expect.arrayContaining(["Gopal Dairy"]));
    expect(data.tabs).toHaveLength(2);
    const tab = data.tabs.find((t) => t.id === withBills.id)!;
    expect(tab.transactions.map((t) => [t.type, t.amountPaise])).toEqual([["CREDIT_SALE", 12_000]]);
    expect(JSON.stringify(data)).not.toContain("Someone Else");
  });

  it("a tab with bills is anonymised (bills kept), one without is deleted; only the shop carries it out", async () => {
    const { shop, shop2, u, other, withBills, empty } = await world();
    // Someone else's tab cannot be asked for.
    await expect(askToDeleteTab({ userId: other.id }, { customerId: withBills.id })).rejects.toMatchObject({
      code: "not_found",
    });
    const { value: r1 } = await askToDeleteTab({ userId: u.id }, { customerId: withBills.id });
    expect((await askToDeleteTab({ userId: u.id }, { customerId: withBills.id })).value.id).toBe(r1.id); // asked twice: one request
    const { value: r2 } = await askToDeleteTab({ userId: u.id }, { customerId: empty.id });
    expect((await pendingDeletions({ merchantId: shop.merchant.id })).map((r) => r.id)).toEqual([r1.id]);

    // Another shop cannot carry out this shop's request.
    await expect(
      carryOutDeletion({ userId: shop2.user.id, merchantId: shop2.merchant.id }, { requestId: r1.id }),
    ).rejects.toMatchObject({ code: "not_found" });

    const { value: done1 } = await carryOutDeletion(
      { userId: shop.user.id, merchantId: shop.merchant.id },
      { requestId: r1.id },
    );
    expect(done1).toMatchObject({ status: "DONE", outcome: "anonymised" });
    const tab = await db.customer.findUniqueOrThrow({ where: { id: withBills.id } });
    expect(tab).toMatchObject({ phone: null, userId: null, doNotRemind: true });
    expect(tab.name).toMatch(/^Deleted customer #/);
    expect(tab.anonymisedAt).not.toBeNull();
    expect(await db.transaction.count({ where: { customerId: withBills.id } })).toBe(1); // the bill stays

    const { value: done2 } = await carryOutDeletion(
      { userId: shop2.user.id, merchantId: shop2.merchant.id },
      { requestId: r2.id },
    );
    expect(done2.outcome).toBe("deleted");
    expect(await db.customer.count({ where: { id: empty.id } })).toBe(0);

    // Their download no longer has either tab.
    expect((await downloadMyData({ userId: u.id })).tabs).toEqual([]);
    expect((await downloadMyData({ userId: u.id })).deletionRequests.map((d) => d.outcome).sort()).toEqual([
      "anonymised",
      "deleted",
    ]);
  });
});
