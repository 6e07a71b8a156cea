// Issue 19: argon2id with a concurrency cap, bcrypt hashes upgraded, one lockout per account
// (email and phone together) that holds under concurrency, sign-ups throttled per address,
// and a new password ends every session and API token.
import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as changePasswordRoute } from "@/app/api/v1/me/password/route";
import { GET as me } from "@/app/api/v1/me/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { hashGate, hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_ACCOUNT, MAX_REGISTRATIONS_PER_IP } from "@/lib/auth/rate-limit";
import { loadActiveUser } from "@/lib/auth/session";
import { registerCustomer, verifyLogin } from "@/lib/domain/accounts";
import { createPasswordReset, resetPasswordWithToken } from "@/lib/domain/admin";
import { changePassword } from "@/lib/domain/profile";
import type { DomainError } from "@/lib/domain/errors";
import { caught } from "@/lib/test/domain-error";
import { makeUser, TEST_PASSWORD, uniq, uniquePhone } from "@/lib/test/factories";
import { registerCustomerSchema } from "@/lib/validation/auth";

const passwordOf = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash;

describe("password hashes", () => {
  it("argon2id counts every byte of a long password (bcrypt stopped at 72)", async () => {
    const long = "a1".repeat(40);
    const h = await hashPassword(long);
    expect(h).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(long, h)).toBe(true);
    expect(await verifyPassword(`${long.slice(0, 79)}X`, h)).toBe(false);
  });

  it("an old bcrypt hash still signs in and is replaced by argon2id", async () => {
    const u = await makeUser("CUSTOMER");
    await db.user.update({ where: { id: u.id }, data: { passwordHash: await bcrypt.hash(TEST_PASSWORD, 4) } });
    expect(needsRehash(await passwordOf(u.id))).toBe(true);
    expect((await verifyLogin(u.email!, TEST_PASSWORD, null)).id).toBe(u.id);
    const upgraded = await passwordOf(u.id);
    expect(upgraded).toMatch(/^\$argon2id\$/);
    expect(needsRehash(upgraded)).toBe(false);
    expect((await verifyLogin(u.phone!, TEST_PASSWORD, null)).id).toBe(u.id);
  });

  it("past the cap, a hash is refused at once with rate_limited (429 + Retry-After), not queued", async () => {
    const before = { ...process.env };
    process.env.PASSWORD_HASH_CONCURRENCY = "1";
    process.env.PASSWORD_HASH_QUEUE = "2";
    process.env.ARGON2_MEMORY_KIB = "8192";
    try {
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          hashPassword("Busy@1234").then(
            () => null,
            (e: DomainError) => e,
          ),
        ),
      );
      const refused = results.filter((e) => e?.code === "rate_limited");
      expect(refused).toHaveLength(5); // 1 running + 2 waiting got through
      expect(Number(refused[0]!.details?.retryAfterSeconds)).toBeGreaterThanOrEqual(1);
      expect(hashGate()).toEqual({ active: 0, waiting: 0 });
    } finally {
      process.env = before;
    }
  });
});

describe("lockout per account", () => {
  it("email and phone share one count", async () => {
    const u = await makeUser("CUSTOMER");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      await caught(verifyLogin(i % 2 ? u.email! : u.phone!, `Wrong${i}abc`, null));
    expect((await caught(verifyLogin(u.email!, TEST_PASSWORD, null))).code).toBe("rate_limited");
    expect((await caught(verifyLogin(u.phone!, TEST_PASSWORD, null))).code).toBe("rate_limited");
  });

  it("is exact under concurrency: 30 parallel guesses get exactly the allowed checks", async () => {
    const u = await makeUser("CUSTOMER");
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => caught(verifyLogin(u.email!, `Guess${i}xyz`, null))),
    );
    const checked = results.filter((e) => e.code === "unauthorized").length;
    expect(checked).toBe(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((e) => e.code === "rate_limited")).toHaveLength(30 - MAX_FAILURES_PER_ACCOUNT);
  });
});

describe("sign-ups per address", () => {
  it(`allows ${MAX_REGISTRATIONS_PER_IP} an hour from one address, then 429s; another address is free`, async () => {
    const ip = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const input = () =>
      registerCustomerSchema.parse({
        name: "Asha Rao",
        email: `r-${uniq()}@test.in`,
        phone: uniquePhone(),
        password: "Secret@123",
      });
    for (let i = 0; i < MAX_REGISTRATIONS_PER_IP; i++) await registerCustomer(input(), ip);
    const refused = await caught(registerCustomer(input(), ip));
    expect(refused.code).toBe("rate_limited");
    expect(Number(refused.details?.retryAfterSeconds)).toBeGreaterThan(60);
    await expect(registerCustomer(input(), "10.78.0.1")).resolves.toBeTruthy();
  });
});

describe("a new password ends every session and token", () => {
  it("changePassword bumps the session version and revokes every API token", async () => {
    const u = await makeUser("MERCHANT");
    const a = await bearerFor(u.id);
    const { sessionVersion } = await changePassword(u.id, {
      currentPassword: TEST_PASSWORD,
      newPassword: "Newpass123",
    });
    expect(sessionVersion).toBe(1);
    expect(await loadActiveUser(u.id, 0)).toBeNull();
    expect((await callRoute(me, "/api/v1/me", { token: a.token })).status).toBe(401);
  });

  it("POST /api/v1/me/password -> 200 with a new token; every old token 401", async () => {
    const u = await makeUser("CUSTOMER");
    const [a, b] = [await bearerFor(u.id), await bearerFor(u.id)];
    const wrong = await callRoute(changePasswordRoute, "/api/v1/me/password", {
      token: a.token,
      body: { currentPassword: "Wrong@9999", newPassword: "Fresh12345" },
    });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields).toEqual({ currentPassword: "password_current_wrong" });

    const res = await callRoute(changePasswordRoute, "/api/v1/me/password", {
      token: a.token,
      body: { currentPassword: TEST_PASSWORD, newPassword: "Fresh12345" },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; user: { id: string } };
    expect(body.user.id).toBe(u.id);
    expect((await callRoute(me, "/api/v1/me", { token: a.token })).status).toBe(401);
    expect((await callRoute(me, "/api/v1/me", { token: b.token })).status).toBe(401);
    expect((await callRoute(me, "/api/v1/me", { token: body.token })).status).toBe(200);
    expect((await verifyLogin(u.email!, "Fresh12345", null)).id).toBe(u.id);
  });

  it("an admin's reset link, once used, ends the account's API tokens too", async () => {
    const [admin, u] = [await makeUser("ADMIN"), await makeUser("MERCHANT")];
    const old = await bearerFor(u.id);
    const link = await createPasswordReset({ id: admin.id, role: "ADMIN" }, { userId: u.id });
    await resetPasswordWithToken({ token: link.token, password: "Reset12345", confirm: "Reset12345" });
    expect((await callRoute(me, "/api/v1/me", { token: old.token })).status).toBe(401);
  });
});
