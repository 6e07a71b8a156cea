import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { registerCustomer, registerMerchant, verifyLogin } from "@/lib/domain/accounts";
import { DomainError } from "@/lib/domain/errors";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "@/lib/auth/rate-limit";
import { uniq, uniquePhone } from "@/lib/test/factories";
import { registerCustomerSchema, registerMerchantSchema } from "@/lib/validation/auth";

const customerInput = (over: Record<string, string> = {}) =>
  registerCustomerSchema.parse({
    name: "Asha Rao",
    email: `asha-${uniq()}@test.in`,
    phone: uniquePhone(),
    password: "Secret@123",
    ...over,
  });

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

describe("registration", () => {
  it("creates a customer with a slow (argon2id) hash, never the plain password", async () => {
    const input = customerInput();
    const user = await registerCustomer(input);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(row.role).toBe("CUSTOMER");
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
    expect(row.passwordHash).not.toContain("Secret@123");
  });

  it("creates a merchant together with its shop", async () => {
    const input = registerMerchantSchema.parse({
      name: "Ravi Kumar",
      shopName: "Ravi General Store",
      email: `ravi-${uniq()}@test.in`,
      phone: uniquePhone(),
      password: "Secret@123",
      upiId: "ravi@oksbi",
    });
    const user = await registerMerchant(input);
    const shop = await db.merchant.findUniqueOrThrow({ where: { userId: user.id } });
    expect(shop).toMatchObject({ shopName: "Ravi General Store", upiId: "ravi@oksbi", timeZone: "Asia/Kolkata" });
  });

  it("refuses a duplicate email or phone with a field message and creates nothing", async () => {
    const first = customerInput();
    await registerCustomer(first);
    const before = await db.user.count();
    await expect(registerCustomer(customerInput({ email: first.email }))).rejects.toMatchObject({
      code: "duplicate",
      fields: { email: "email_taken" },
    });
    await expect(registerCustomer(customerInput({ phone: first.phone }))).rejects.toMatchObject({
      code: "duplicate",
      fields: { phone: "phone_taken" },
    });
    expect(await db.user.count()).toBe(before);
  });

  it("rejects weak passwords and bad phone numbers, and normalises good ones", () => {
    const bad = registerCustomerSchema.safeParse({
      name: "A R",
      email: "x@test.in",
      phone: "12345",
      password: "abcdefgh",
    });
    expect(bad.success).toBe(false);
    const issues = Object.fromEntries(bad.error!.issues.map((i) => [i.path[0], i.message]));
    expect(issues).toMatchObject({ phone: "phone_invalid", password: "password_weak" });
    expect(
      registerCustomerSchema.safeParse({ name: "A R", email: "x@test.in", phone: "9876543210", password: "short1" })
        .error?.issues[0]?.message,
    ).toBe("password_short");
    expect(customerInput({ phone: "+91 98765 43210" }).phone).toBe("9876543210");
    expect(customerInput({ phone: "098765-43210" }).phone).toBe("9876543210");
  });

  it("validates an optional GSTIN by its checksum", () => {
    const base = {
      name: "Ravi Kumar",
      shopName: "Ravi Store",
      email: "r@test.in",
      phone: "9876543210",
      password: "Secret@123",
    };
    expect(registerMerchantSchema.safeParse({ ...base, gstin: "27AAPFU0939F1ZV" }).success).toBe(true);
    expect(registerMerchantSchema.safeParse({ ...base, gstin: "27AAPFU0939F1ZX" }).error?.issues[0]?.message).toBe(
      "gstin_invalid",
    );
    expect(registerMerchantSchema.safeParse({ ...base, gstin: "" }).success).toBe(true);
  });
});

describe("sign-in", () => {
  it("accepts email or phone, and answers a wrong password and an unknown login the same way", async () => {
    const input = customerInput();
    await registerCustomer(input);
    expect((await verifyLogin(input.email.toUpperCase(), "Secret@123", null)).name).toBe("Asha Rao");
    expect((await verifyLogin(`+91 ${input.phone}`, "Secret@123", null)).role).toBe("CUSTOMER");
    const wrong = await verifyLogin(input.email, "Wrong@123", null).catch((e: DomainError) => e);
    const unknown = await verifyLogin(`nobody-${uniq()}@test.in`, "Wrong@123", null).catch((e: DomainError) => e);
    expect(wrong).toBeInstanceOf(DomainError);
    expect((wrong as DomainError).code).toBe("unauthorized");
    expect((unknown as DomainError).message).toBe((wrong as DomainError).message);
  });

  it("refuses a disabled account", async () => {
    const input = customerInput();
    const user = await registerCustomer(input);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await codeOf(verifyLogin(input.email, "Secret@123", null))).toBe("forbidden");
  });

  it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, even with the right password, and says for how long`, async () => {
    const input = customerInput();
    await registerCustomer(input);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      expect(await codeOf(verifyLogin(input.email, "Wrong@123", null))).toBe("unauthorized");
    const locked = await verifyLogin(input.email, "Secret@123", null).catch((e: DomainError) => e);
    expect((locked as DomainError).code).toBe("rate_limited");
    expect((locked as DomainError).message).toMatch(/try again in 15 minutes/);
    expect((locked as DomainError).details?.retryAfterSeconds).toBeGreaterThan(800);
  });

  it("a success clears the account's earlier failures", async () => {
    const input = customerInput();
    await registerCustomer(input);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await codeOf(verifyLogin(input.email, "Wrong@123", null));
    expect(await codeOf(verifyLogin(input.email, "Secret@123", null))).toBe("ok");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await codeOf(verifyLogin(input.email, "Wrong@123", null));
    expect(await codeOf(verifyLogin(input.email, "Secret@123", null))).toBe("ok");
  });

  it(`limits one IP to ${MAX_FAILURES_PER_IP} failures across many accounts`, async () => {
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await codeOf(verifyLogin(`guess-${uniq()}@test.in`, "Wrong@123", ip));
    const input = customerInput();
    await registerCustomer(input);
    expect(await codeOf(verifyLogin(input.email, "Secret@123", ip))).toBe("rate_limited");
    expect(await codeOf(verifyLogin(input.email, "Secret@123", "10.0.0.1"))).toBe("ok");
  });
});
