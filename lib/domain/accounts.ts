// Accounts: registration, sign-in check. One transaction each; expected failures are DomainErrors.
import { db } from "@/lib/db";
import { dummyVerify, hashPassword, needsRehash, verifyPassword, withSignInAdmission } from "@/lib/auth/password";
import { accountKey, claimRegistration, claimSignIn, releaseSignIn, settleSignIn } from "@/lib/auth/rate-limit";
import { DomainError, isUniqueViolation } from "@/lib/domain/errors";
import { normalizePhone } from "@/lib/validation/fields";
import type { RegisterCustomerInput, RegisterMerchantInput } from "@/lib/validation/auth";

export type SessionUser = {
  id: string;
  name: string;
  role: "ADMIN" | "MERCHANT" | "CUSTOMER";
  sessionVersion: number;
  locale: string | null;
};

const tooMany = (wait: number) =>
  new DomainError("rate_limited", `Too many attempts, try again in ${Math.ceil(wait / 60)} minutes`, undefined, {
    retryAfterSeconds: wait,
  });

/** Sign-ups are throttled per address (ip: the caller's, see clientIp; null when unknown). */
async function assertMayRegister(ip: string | null) {
  const wait = await claimRegistration(ip);
  if (wait > 0) throw tooMany(wait);
}

async function assertFree(email: string, phone: string) {
  const taken = await db.user.findFirst({
    where: { OR: [{ email }, { phone }] },
    select: { email: true, phone: true },
  });
  if (!taken) return;
  const fields: Record<string, string> = {};
  if (taken.email === email) fields.email = "email_taken";
  if (taken.phone === phone) fields.phone = "phone_taken";
  throw new DomainError("duplicate", "An account with this email or phone already exists", fields);
}

function duplicateFromRace(err: unknown): never {
  if (isUniqueViolation(err))
    throw new DomainError("duplicate", "An account with this email or phone already exists", {
      email: "email_or_phone_taken",
    });
  throw err;
}

export async function registerCustomer(input: RegisterCustomerInput, ip: string | null = null): Promise<SessionUser> {
  await assertMayRegister(ip);
  await assertFree(input.email, input.phone);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: {
        role: "CUSTOMER",
        name: input.name,
        email: input.email,
        phone: input.phone,
        passwordHash,
        address: input.address ?? null,
        dateOfBirth: input.dateOfBirth ? new Date(`${input.dateOfBirth}T00:00:00Z`) : null,
      },
      select: { id: true, name: true, role: true, sessionVersion: true, locale: true },
    });
    return user;
  } catch (err) {
    duplicateFromRace(err);
  }
}

export async function registerMerchant(input: RegisterMerchantInput, ip: string | null = null): Promise<SessionUser> {
  await assertMayRegister(ip);
  await assertFree(input.email, input.phone);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { role: "MERCHANT", name: input.name, email: input.email, phone: input.phone, passwordHash },
        select: { id: true, name: true, role: true, sessionVersion: true, locale: true },
      });
      await tx.merchant.create({
        data: {
          userId: user.id,
          shopName: input.shopName,
          ownerName: input.name,
          phone: input.phone,
          addressLine: input.address ?? null,
          gstin: input.gstin ?? null,
          upiId: input.upiId ?? null,
          upiPayeeName: input.upiId ? input.shopName : null,
        },
      });
      return user;
    });
  } catch (err) {
    duplicateFromRace(err);
  }
}

/**
 * Check a sign-in by email or phone. Limited per account (email and phone count together) and
 * per IP; a wrong login and a wrong password give the same answer and take the same time. A
 * hash from an older scheme (bcrypt) is replaced by today's at a successful sign-in.
 */
export function verifyLogin(login: string, password: string, ip: string | null): Promise<SessionUser> {
  return withSignInAdmission(() => checkLogin(login, password, ip));
}

async function checkLogin(login: string, password: string, ip: string | null): Promise<SessionUser> {
  const key = login.includes("@") ? login.trim().toLowerCase() : (normalizePhone(login) ?? login.trim());
  const user = await db.user.findFirst({
    where: key.includes("@") ? { email: key } : { phone: key },
    select: {
      id: true,
      name: true,
      role: true,
      sessionVersion: true,
      locale: true,
      disabledAt: true,
      passwordHash: true,
    },
  });
  const claimed = await claimSignIn(accountKey(user?.id ?? null, key), ip);
  if (claimed.wait > 0) throw tooMany(claimed.wait);
  let ok: boolean;
  try {
    ok = user ? await verifyPassword(password, user.passwordHash) : (await dummyVerify(password), false);
  } catch (err) {
    await releaseSignIn(claimed); // refused before any check: not a guess
    throw err;
  }
  await settleSignIn(claimed, ok);
  if (!user || !ok) throw new DomainError("unauthorized", "Wrong email/phone or password");
  if (user.disabledAt)
    throw new DomainError("forbidden", "This account has been disabled. Contact GraminStore support.");
  if (needsRehash(user.passwordHash)) await upgradeHash(user.id, user.passwordHash, password);
  return { id: user.id, name: user.name, role: user.role, sessionVersion: user.sessionVersion, locale: user.locale };
}

/** Re-hash with today's scheme; only if nobody changed the password meanwhile. Best effort. */
async function upgradeHash(userId: string, oldHash: string, password: string) {
  try {
    const passwordHash = await hashPassword(password);
    await db.user.updateMany({ where: { id: userId, passwordHash: oldHash }, data: { passwordHash } });
  } catch (err) {
    if (!(err instanceof DomainError)) throw err; // a full hashing gate: upgrade next time
  }
}
