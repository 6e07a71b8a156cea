import crypto from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The server actions read the caller from next-auth's session: stand in for the cookie.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; sv: number } } }));
vi.mock("next-auth", () => ({ getServerSession: vi.fn(async () => session.current) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { createResetLinkAction, disableUserAction, enableUserAction } from "@/app/admin/users/actions";
import { updateShopAction } from "@/app/admin/merchants/actions";
import { loadActiveUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { verifyLogin } from "@/lib/domain/accounts";
import {
  createPasswordReset,
  disableUser,
  enableUser,
  resetPasswordWithToken,
  resetTokenStatus,
  updateShop,
  type Actor,
} from "@/lib/domain/admin";
import { TEST_PASSWORD, makeMerchant, makeUser, uniq } from "@/lib/test/factories";

const actorOf = (u: { id: string; role: Actor["role"] }): Actor => ({ id: u.id, role: u.role });
const signInAs = (u: { id: string; sessionVersion: number } | null) => {
  session.current = u ? { user: { id: u.id, sv: u.sessionVersion } } : null;
};
const auditOf = (entityId: string, action: string) =>
  db.auditLog.findMany({ where: { entityId, action }, orderBy: { createdAt: "asc" } });
const shopForm = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

beforeEach(() => signInAs(null));

describe("only an admin gets through", () => {
  it("every domain entry refuses a merchant, a customer and nobody, and changes nothing", async () => {
    const target = await makeUser("CUSTOMER");
    const { merchant } = await makeMerchant();
    for (const role of ["MERCHANT", "CUSTOMER"] as const) {
      const caller = actorOf(await makeUser(role));
      await expect(disableUser(caller, { userId: target.id })).rejects.toMatchObject({ code: "forbidden" });
      await expect(enableUser(caller, { userId: target.id })).rejects.toMatchObject({ code: "forbidden" });
      await expect(createPasswordReset(caller, { userId: target.id })).rejects.toMatchObject({ code: "forbidden" });
      await expect(updateShop(caller, { merchantId: merchant.id, shopName: "Hijacked" })).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    await expect(disableUser(null, { userId: target.id })).rejects.toMatchObject({ code: "unauthorized" });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();
    expect(await db.passwordResetToken.count({ where: { userId: target.id } })).toBe(0);
    expect((await db.merchant.findUniqueOrThrow({ where: { id: merchant.id } })).shopName).toBe(merchant.shopName);
  });

  it("every server action re-checks the session: a signed-in customer or merchant is refused", async () => {
    const target = await makeUser("CUSTOMER");
    const { merchant } = await makeMerchant();
    for (const role of ["CUSTOMER", "MERCHANT"] as const) {
      signInAs(await makeUser(role));
      const forbidden = { ok: false, code: "forbidden", message: expect.any(String) };
      expect(await disableUserAction(target.id)).toEqual(forbidden);
      expect(await enableUserAction(target.id)).toEqual(forbidden);
      expect(await createResetLinkAction(target.id)).toEqual(forbidden);
      expect(await updateShopAction(null, shopForm({ merchantId: merchant.id, shopName: "Hijacked" }))).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    signInAs(null);
    expect(await disableUserAction(target.id)).toEqual({
      ok: false,
      code: "unauthorized",
      message: expect.any(String),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: { in: [target.id, merchant.id] } } })).toBe(0);

    // The same call from a signed-in admin goes through.
    const admin = await makeUser("ADMIN");
    signInAs(admin);
    expect(await disableUserAction(target.id)).toEqual({ ok: true });
  });
});

describe("disable and re-enable an account", () => {
  it("disabling stops sign-in, every session and every API token at once, with an audit row", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("CUSTOMER");
    const live = await db.apiToken.create({
      data: { userId: user.id, tokenHash: uniq(), expiresAt: new Date(Date.now() + 86_400_000) },
    });
    const oldRevoked = new Date("2026-01-01T00:00:00Z");
    const old = await db.apiToken.create({
      data: { userId: user.id, tokenHash: uniq(), expiresAt: new Date(Date.now() + 86_400_000), revokedAt: oldRevoked },
    });
    expect((await verifyLogin(user.email!, TEST_PASSWORD, null)).id).toBe(user.id);

    const res = await disableUser(actorOf(admin), { userId: user.id });
    expect(res.apiTokensRevoked).toBe(1);

    await expect(verifyLogin(user.email!, TEST_PASSWORD, null)).rejects.toMatchObject({ code: "forbidden" });
    expect(await loadActiveUser(user.id, 0)).toBeNull();
    expect(await loadActiveUser(user.id, 1)).toBeNull();
    const after = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { disabledAt: true, sessionVersion: true },
    });
    expect(after.disabledAt).not.toBeNull();
    expect(after.sessionVersion).toBe(1);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: live.id } })).revokedAt).not.toBeNull();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: old.id } })).revokedAt).toEqual(oldRevoked);

    const [row] = await auditOf(user.id, "admin.user.disable");
    expect(row).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", entity: "User", entityId: user.id });
    expect(row!.before).toEqual({ disabledAt: null, sessionVersion: 0 });
    expect(row!.after).toMatchObject({ sessionVersion: 1, apiTokensRevoked: 1 });

    await expect(disableUser(actorOf(admin), { userId: user.id })).rejects.toMatchObject({
      code: "conflict",
      details: { reason: "already_disabled" },
    });
    expect(await auditOf(user.id, "admin.user.disable")).toHaveLength(1);
  });

  it("re-enabling lets the account sign in again; sessions from before stay signed out", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("CUSTOMER");
    await disableUser(actorOf(admin), { userId: user.id });
    await enableUser(actorOf(admin), { userId: user.id });

    const signedIn = await verifyLogin(user.email!, TEST_PASSWORD, null);
    expect(signedIn.sessionVersion).toBe(1);
    expect(await loadActiveUser(user.id, 0)).toBeNull();
    expect((await loadActiveUser(user.id, 1))?.id).toBe(user.id);
    const [row] = await auditOf(user.id, "admin.user.enable");
    expect(row).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", after: { disabledAt: null } });
    expect((row!.before as { disabledAt: string }).disabledAt).toMatch(/^\d{4}-/);
    await expect(enableUser(actorOf(admin), { userId: user.id })).rejects.toMatchObject({ code: "conflict" });
  });

  it("an admin cannot disable themselves", async () => {
    const admin = await makeUser("ADMIN");
    await expect(disableUser(actorOf(admin), { userId: admin.id })).rejects.toMatchObject({
      code: "forbidden",
      details: { reason: "self" },
    });
    signInAs(admin);
    expect(await disableUserAction(admin.id)).toEqual({
      ok: false,
      code: "forbidden",
      message: expect.any(String),
      details: { reason: "self" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabledAt).toBeNull();
    expect((await verifyLogin(admin.email!, TEST_PASSWORD, null)).id).toBe(admin.id);
  });

  it("a merchant's account action is filed under their shop", async () => {
    const admin = await makeUser("ADMIN");
    const { user, merchant } = await makeMerchant();
    await disableUser(actorOf(admin), { userId: user.id });
    expect((await auditOf(user.id, "admin.user.disable"))[0]?.merchantId).toBe(merchant.id);
  });
});

describe("one-time password reset link", () => {
  const sha = (s: string) => crypto.createHash("sha256").update(s).digest("hex");

  it("stores only the hash, works once, signs every session out, and is audited", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("MERCHANT");
    const link = await createPasswordReset(actorOf(admin), { userId: user.id });
    expect(link.path).toBe(`/reset-password/${link.token}`);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(sha(link.token));
    expect(stored.createdById).toBe(admin.id);
    expect(JSON.stringify(await auditOf(user.id, "admin.user.reset_password"))).not.toContain(link.token);

    expect(await resetTokenStatus(link.token)).toBe("valid");
    await expect(
      resetPasswordWithToken({ token: link.token, password: "short", confirm: "short" }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    await expect(
      resetPasswordWithToken({ token: link.token, password: "NewPass@2026", confirm: "Other@2026" }),
    ).rejects.toMatchObject({ fields: { confirm: "password_mismatch" } });
    await resetPasswordWithToken({ token: link.token, password: "NewPass@2026", confirm: "NewPass@2026" });

    expect((await verifyLogin(user.email!, "NewPass@2026", null)).sessionVersion).toBe(1);
    await expect(verifyLogin(user.email!, TEST_PASSWORD, null)).rejects.toMatchObject({ code: "unauthorized" });
    expect(await loadActiveUser(user.id, 0)).toBeNull();
    expect(await resetTokenStatus(link.token)).toBe("used");
    await expect(
      resetPasswordWithToken({ token: link.token, password: "Again@2026", confirm: "Again@2026" }),
    ).rejects.toMatchObject({ code: "invalid_input", details: { reason: "used" } });
    expect((await verifyLogin(user.email!, "NewPass@2026", null)).id).toBe(user.id);
    expect(await auditOf(user.id, "user.password_reset")).toHaveLength(1);
  });

  it("expires after 24 hours; an unknown token and an older link are refused", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("CUSTOMER");
    const issued = new Date();
    const first = await createPasswordReset(actorOf(admin), { userId: user.id }, issued);
    const second = await createPasswordReset(actorOf(admin), { userId: user.id }, issued);
    expect(await resetTokenStatus(first.token)).toBe("used"); // superseded by the newer link
    const later = new Date(issued.getTime() + 24 * 3_600_000 + 1000);
    expect(await resetTokenStatus(second.token, later)).toBe("expired");
    await expect(
      resetPasswordWithToken({ token: second.token, password: "Late@20266", confirm: "Late@20266" }, later),
    ).rejects.toMatchObject({ details: { reason: "expired" } });
    const unknown = crypto.randomBytes(32).toString("base64url");
    expect(await resetTokenStatus(unknown)).toBe("unknown");
    await expect(
      resetPasswordWithToken({ token: unknown, password: "Late@20266", confirm: "Late@20266" }),
    ).rejects.toMatchObject({ details: { reason: "unknown" } });
    expect(await resetTokenStatus("../../etc")).toBe("unknown");
    expect((await verifyLogin(user.email!, TEST_PASSWORD, null)).id).toBe(user.id);
  });
});

describe("change a shop's details", () => {
  it("validates GSTIN and PIN, and audits only what changed, before and after", async () => {
    const admin = await makeUser("ADMIN");
    const { merchant } = await makeMerchant({ shopName: "Old Name Stores" });
    await expect(
      updateShop(actorOf(admin), {
        merchantId: merchant.id,
        shopName: "New Name",
        gstin: "27AAAAA0000A1Z0",
        pinCode: "012345",
      }),
    ).rejects.toMatchObject({ code: "invalid_input", fields: { gstin: "gstin_invalid", pinCode: "pin_invalid" } });

    const res = await updateShop(actorOf(admin), {
      merchantId: merchant.id,
      shopName: "New Name Stores",
      city: "Jaipur",
      pinCode: "302001",
      gstin: "27aapfu0939f1zv",
      phone: "+91 98765 43210",
    });
    expect(res.changed.sort()).toEqual(["city", "gstin", "phone", "pinCode", "shopName"]);
    const saved = await db.merchant.findUniqueOrThrow({ where: { id: merchant.id } });
    expect(saved).toMatchObject({
      shopName: "New Name Stores",
      city: "Jaipur",
      pinCode: "302001",
      gstin: "27AAPFU0939F1ZV",
      phone: "9876543210",
    });
    const [row] = await auditOf(merchant.id, "admin.shop.update");
    expect(row).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", merchantId: merchant.id, entity: "Merchant" });
    expect(row!.before).toEqual({ shopName: "Old Name Stores", city: null, pinCode: null, gstin: null, phone: null });
    expect(row!.after).toEqual({
      shopName: "New Name Stores",
      city: "Jaipur",
      pinCode: "302001",
      gstin: "27AAPFU0939F1ZV",
      phone: "9876543210",
    });

    // Saving the same details again changes nothing and writes no audit row.
    expect(
      (
        await updateShop(actorOf(admin), {
          merchantId: merchant.id,
          shopName: "New Name Stores",
          city: "Jaipur",
          pinCode: "302001",
          gstin: "27AAPFU0939F1ZV",
          phone: "9876543210",
        })
      ).changed,
    ).toEqual([]);
    expect(await auditOf(merchant.id, "admin.shop.update")).toHaveLength(1);
  });

  it("the form action returns field errors as message keys", async () => {
    const admin = await makeUser("ADMIN");
    const { merchant } = await makeMerchant();
    signInAs(admin);
    const res = await updateShopAction(null, shopForm({ merchantId: merchant.id, shopName: "X", pinCode: "12" }));
    expect(res).toMatchObject({ ok: false, fields: { shopName: "shop_name_required", pinCode: "pin_invalid" } });
  });
});

describe("the console's reads", () => {
  it("an email search never matches someone else's phone by the digits inside the email", async () => {
    const q = await import("@/lib/queries/admin");
    const v = await import("@/lib/validation/admin");
    const id = uniq();
    const me = await makeUser("CUSTOMER", {
      email: `meena-${id.replace(/\d/g, "")}-658@test.in`,
      phone: `9${String(Date.now()).slice(-6)}658`,
    });
    // Someone whose phone holds the digits of that email ("658").
    await makeUser("CUSTOMER", { phone: `96580${String(Date.now()).slice(-5)}` });
    const byEmail = await q.listCustomerUsers(v.userListFilter.parse({ q: me.email! }));
    expect(byEmail.rows.map((r) => r.id)).toEqual([me.id]);
    const byPhone = await q.listCustomerUsers(
      v.userListFilter.parse({ q: me.phone!.slice(0, 5) + " " + me.phone!.slice(5) }),
    );
    expect(byPhone.rows.map((r) => r.id)).toContain(me.id);
  });

  it("find rows by search and filter, page them, and show a tab's due", async () => {
    const q = await import("@/lib/queries/admin");
    const v = await import("@/lib/validation/admin"); // URL-shaped input: bad values fall back to "no filter"
    const admin = await makeUser("ADMIN");
    const { merchant } = await makeMerchant({ shopName: `Reads Kirana ${uniq()}` });
    const person = await makeUser("CUSTOMER");
    const tab = await db.customer.create({ data: { merchantId: merchant.id, name: person.name, userId: person.id } });
    const guest = await db.guestUser.create({ data: { merchantId: merchant.id } });
    const tx = (type: "SALE" | "CREDIT_SALE" | "PAYMENT", method: "CASH" | "CREDIT", amountPaise: number, extra = {}) =>
      db.transaction.create({
        data: { merchantId: merchant.id, type, method, amountPaise, clientId: crypto.randomUUID(), ...extra },
      });
    await tx("CREDIT_SALE", "CREDIT", 50_000, { customerId: tab.id });
    await tx("PAYMENT", "CASH", 20_000, { customerId: tab.id });
    const sale = await tx("SALE", "CASH", 12_345, { guestId: guest.id });
    await disableUser(actorOf(admin), { userId: person.id });

    expect(
      (await q.listMerchants(v.merchantListFilter.parse({ q: merchant.shopName.slice(6) }))).rows.map((r) => r.id),
    ).toEqual([merchant.id]);
    expect((await q.getMerchantDetail(merchant.id))?._count.transactions).toBe(3);
    const users = await q.listCustomerUsers(v.userListFilter.parse({ q: person.email!, status: "disabled" }));
    expect(users.total).toBe(1);
    expect((await q.listCustomerUsers(v.userListFilter.parse({ q: person.email!, status: "active" }))).total).toBe(0);
    expect((await q.getCustomerUserDetail(person.id))?.tabs[0]?.duePaise).toBe(30_000);
    expect(await q.getCustomerUserDetail(merchant.userId)).toBeNull();
    expect(await q.shopIdOfUser(merchant.userId)).toBe(merchant.id);
    expect((await q.listGuests(v.guestListFilter.parse({ shop: merchant.id }))).rows[0]).toMatchObject({
      id: guest.id,
      totalPaise: 12_345,
      count: 1,
    });
    const sales = await q.listTransactions(
      v.transactionListFilter.parse({ shop: merchant.id, type: "SALE", method: "BOGUS" }),
    );
    expect(sales.rows.map((r) => r.id)).toEqual([sale.id]);
    expect(
      (await q.listTransactions(v.transactionListFilter.parse({ shop: merchant.id, guest: guest.id }))).rows,
    ).toHaveLength(1);
    expect(
      (await q.listTransactions(v.transactionListFilter.parse({ shop: merchant.id, page: "2" }))).rows,
    ).toHaveLength(0);
    expect((await q.getTransactionDetail(sale.id))?.guest?.id).toBe(guest.id);
    expect((await q.listOrders(v.orderListFilter.parse({ shop: merchant.id, page: "-3" }))).total).toBe(0);
    const audit = await q.listAudit(
      v.auditListFilter.parse({ shop: merchant.id, action: "admin.", actor: admin.email! }),
    );
    expect(audit.rows).toHaveLength(0); // the customer's account is not filed under this shop
    const mine = await q.listAudit(
      v.auditListFilter.parse({ action: "admin.user.disable", actor: admin.email!, from: "not-a-date" }),
    );
    expect(mine.rows[0]).toMatchObject({ entityId: person.id, actor: { id: admin.id }, actorRole: "ADMIN" });
  });
});
