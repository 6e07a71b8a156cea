// A customer's own account: details (same rules as sign-up) and password. A new password
// ends every session and every API token of the account (a stolen one must stop working);
// the API hands the caller a fresh token, the web form sends them to sign in again.
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { parseOrThrow } from "@/lib/validation/common";
import { changePasswordInput, profileInput, type ChangePasswordInput } from "@/lib/validation/customer";
import { writeAudit } from "./audit";
import { DomainError, isUniqueViolation } from "./errors";

export type Profile = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  dateOfBirth: string | null;
  timeZone: string;
};

const MAX_WRONG_PASSWORDS = 5;
const WRONG_PASSWORD_WINDOW_MS = 15 * 60_000;
const wrongPasswordKey = (userId: string) => `pwchange:${userId}`;

export async function getProfile(userId: string): Promise<Profile> {
  const u = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, phone: true, address: true, dateOfBirth: true, timeZone: true },
  });
  if (!u) throw new DomainError("not_found", "Account not found");
  return { ...u, dateOfBirth: u.dateOfBirth ? u.dateOfBirth.toISOString().slice(0, 10) : null };
}

/** Name, email, phone, address, date of birth. Another account's email or phone -> field message. */
export async function updateProfile(userId: string, raw: unknown): Promise<Profile> {
  const input = parseOrThrow(profileInput, raw);
  const taken = await db.user.findFirst({
    where: { id: { not: userId }, OR: [{ email: input.email }, { phone: input.phone }] },
    select: { email: true, phone: true },
  });
  if (taken) {
    const fields: Record<string, string> = {};
    if (taken.email === input.email) fields.email = "email_taken";
    if (taken.phone === input.phone) fields.phone = "phone_taken";
    throw new DomainError("duplicate", "Another account uses this email or phone", fields);
  }
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({
        where: { id: userId },
        select: { name: true, email: true, phone: true, address: true, dateOfBirth: true },
      });
      if (!before) throw new DomainError("not_found", "Account not found");
      await tx.user.update({
        where: { id: userId },
        data: {
          name: input.name,
          email: input.email,
          phone: input.phone,
          address: input.address ?? null,
          dateOfBirth: input.dateOfBirth ? new Date(`${input.dateOfBirth}T00:00:00Z`) : null,
        },
      });
      await writeAudit(tx, {
        actorId: userId,
        actorRole: "CUSTOMER",
        merchantId: null,
        action: "user.profile",
        entity: "User",
        entityId: userId,
        before: { name: before.name, email: before.email, phone: before.phone },
        after: { name: input.name, email: input.email, phone: input.phone },
      });
      return getProfileIn(tx, userId);
    });
  } catch (err) {
    // Lost a race with a sign-up using the same email or phone.
    if (isUniqueViolation(err))
      throw new DomainError("duplicate", "Another account uses this email or phone", { email: "email_or_phone_taken" });
    throw err;
  }
}

async function getProfileIn(tx: Pick<typeof db, "user">, userId: string): Promise<Profile> {
  const u = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, phone: true, address: true, dateOfBirth: true, timeZone: true },
  });
  return { ...u, dateOfBirth: u.dateOfBirth ? u.dateOfBirth.toISOString().slice(0, 10) : null };
}

/** Needs the current password; a run of wrong ones is slowed down like sign-in. Returns the new session version. */
export async function changePassword(
  userId: string,
  raw: ChangePasswordInput,
  now = new Date(),
): Promise<{ sessionVersion: number }> {
  const input = parseOrThrow(changePasswordInput, raw);
  const since = new Date(now.getTime() - WRONG_PASSWORD_WINDOW_MS);
  const wrong = await db.loginAttempt.count({
    where: { key: wrongPasswordKey(userId), success: false, createdAt: { gt: since } },
  });
  if (wrong >= MAX_WRONG_PASSWORDS)
    throw new DomainError("rate_limited", "Too many wrong passwords, try again later", {
      currentPassword: "password_rate_limited",
    });
  const u = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, passwordHash: true },
  });
  if (!u) throw new DomainError("not_found", "Account not found");
  if (!(await verifyPassword(input.currentPassword, u.passwordHash))) {
    await db.loginAttempt.create({ data: { key: wrongPasswordKey(userId), success: false } });
    throw new DomainError("invalid_input", "The current password is wrong", {
      currentPassword: "password_current_wrong",
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    const revoked = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.loginAttempt.deleteMany({ where: { key: wrongPasswordKey(userId) } });
    await writeAudit(tx, {
      actorId: userId,
      actorRole: u.role,
      merchantId: null,
      action: "user.password",
      entity: "User",
      entityId: userId,
      after: { sessionVersion: user.sessionVersion, apiTokensRevoked: revoked.count },
    });
    return { sessionVersion: user.sessionVersion };
  });
}
