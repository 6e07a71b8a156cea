// The admin's writes: disable / re-enable an account, hand out a one-time password-reset link,
// correct a shop's details; plus the reset itself, done by the account's owner with the link.
// Each takes the caller as `actor` and checks the role first, so the guard holds (and is
// tested) whoever calls; each is one transaction with its audit row.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { assertRole, type Role } from "@/lib/auth/roles";
import { parseOrThrow } from "@/lib/validation/common";
import { resetPasswordSchema, shopUpdateSchema, userIdInput, type ShopUpdateInput } from "@/lib/validation/admin";
import { writeAudit } from "./audit";
import { DomainError, notFound } from "./errors";

export type Actor = { id: string; role: Role };

export const RESET_TOKEN_TTL_MS = 24 * 3_600_000;
export type ResetTokenStatus = "valid" | "unknown" | "used" | "expired";

const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("hex");
const admin = (actor: Actor | null) => assertRole(actor, ["ADMIN"]);

async function shopIdOf(userId: string, tx: Pick<typeof db, "merchant">) {
  return (await tx.merchant.findUnique({ where: { userId }, select: { id: true } }))?.id ?? null;
}

/**
 * Disable an account: it cannot sign in, and every session and API token it holds stops at
 * its next request (disabledAt + a new session version + revoked tokens, all at once).
 */
export async function disableUser(actor: Actor | null, input: { userId: string }, now = new Date()) {
  const me = admin(actor);
  const { userId } = parseOrThrow(userIdInput, input);
  if (userId === me.id)
    throw new DomainError("forbidden", "You cannot disable your own account", undefined, { reason: "self" });
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, disabledAt: true, sessionVersion: true },
    });
    if (!user) throw notFound("No such account");
    // Conditional update: two admins clicking at once disable (and audit) it only once.
    const changed = await tx.user.updateMany({
      where: { id: userId, disabledAt: null },
      data: { disabledAt: now, sessionVersion: { increment: 1 } },
    });
    if (changed.count === 0)
      throw new DomainError("conflict", "This account is already disabled", undefined, { reason: "already_disabled" });
    const revoked = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await writeAudit(tx, {
      actorId: me.id,
      actorRole: "ADMIN",
      merchantId: await shopIdOf(userId, tx),
      action: "admin.user.disable",
      entity: "User",
      entityId: userId,
      before: { disabledAt: null, sessionVersion: user.sessionVersion },
      after: {
        disabledAt: now.toISOString(),
        sessionVersion: user.sessionVersion + 1,
        apiTokensRevoked: revoked.count,
      },
    });
    return { userId, disabledAt: now, apiTokensRevoked: revoked.count };
  });
}

/** Re-enable a disabled account. Old sessions stay signed out (their version is stale). */
export async function enableUser(actor: Actor | null, input: { userId: string }) {
  const me = admin(actor);
  const { userId } = parseOrThrow(userIdInput, input);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, disabledAt: true } });
    if (!user) throw notFound("No such account");
    const changed = await tx.user.updateMany({
      where: { id: userId, disabledAt: { not: null } },
      data: { disabledAt: null },
    });
    if (changed.count === 0)
      throw new DomainError("conflict", "This account is not disabled", undefined, { reason: "not_disabled" });
    await writeAudit(tx, {
      actorId: me.id,
      actorRole: "ADMIN",
      merchantId: await shopIdOf(userId, tx),
      action: "admin.user.enable",
      entity: "User",
      entityId: userId,
      before: { disabledAt: user.disabledAt?.toISOString() ?? null },
      after: { disabledAt: null },
    });
    return { userId };
  });
}

/**
 * A one-time reset link for an account, valid 24 h. Only the token's sha256 is stored; the
 * token itself is returned once for the admin to hand over. Older unused links stop working.
 */
export async function createPasswordReset(actor: Actor | null, input: { userId: string }, now = new Date()) {
  const me = admin(actor);
  const { userId } = parseOrThrow(userIdInput, input);
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + RESET_TOKEN_TTL_MS);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw notFound("No such account");
    const superseded = await tx.passwordResetToken.updateMany({
      where: { userId, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const row = await tx.passwordResetToken.create({
      data: { userId, tokenHash: sha256(token), expiresAt, createdById: me.id },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: me.id,
      actorRole: "ADMIN",
      merchantId: await shopIdOf(userId, tx),
      action: "admin.user.reset_password",
      entity: "User",
      entityId: userId,
      before: { openResetLinks: superseded.count },
      after: { resetTokenId: row.id, expiresAt: expiresAt.toISOString() },
    });
    return { token, path: `/reset-password/${token}`, expiresAt };
  });
}

/** What a reset link is worth right now (the page shows a clear message for each). */
export async function resetTokenStatus(token: string, now = new Date()): Promise<ResetTokenStatus> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return "unknown";
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: { usedAt: true, expiresAt: true },
  });
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt <= now ? "expired" : "valid";
}

/**
 * Set a new password with a reset link. The link is spent in the same transaction (a
 * conditional update, so two tabs cannot both use it) and every open session and API token ends.
 */
export async function resetPasswordWithToken(
  input: { token: string; password: string; confirm: string },
  now = new Date(),
) {
  const { token, password } = parseOrThrow(resetPasswordSchema, input);
  const tokenHash = sha256(token);
  const passwordHash = await hashPassword(password); // slow on purpose: outside the transaction
  return db.$transaction(async (tx) => {
    const spent = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count === 0) {
      const reason = await resetTokenStatus(token, now);
      throw new DomainError("invalid_input", "This reset link cannot be used", undefined, {
        reason: reason === "valid" ? "used" : reason,
      });
    }
    const row = await tx.passwordResetToken.findUniqueOrThrow({
      where: { tokenHash },
      select: { id: true, userId: true },
    });
    const user = await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, role: true, sessionVersion: true },
    });
    // A new password ends every API token too: they do not carry the session version.
    const revoked = await tx.apiToken.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { revokedAt: now },
    });
    await writeAudit(tx, {
      actorId: user.id,
      actorRole: user.role,
      merchantId: await shopIdOf(user.id, tx),
      action: "user.password_reset",
      entity: "User",
      entityId: user.id,
      before: { sessionVersion: user.sessionVersion - 1 },
      after: { sessionVersion: user.sessionVersion, resetTokenId: row.id, apiTokensRevoked: revoked.count },
    });
    return { userId: user.id };
  });
}

const SHOP_FIELDS = {
  shopName: true,
  ownerName: true,
  phone: true,
  addressLine: true,
  area: true,
  city: true,
  state: true,
  pinCode: true,
  gstin: true,
} as const;

/** Correct a shop's details. The audit row keeps only the fields that changed, before and after. */
export async function updateShop(actor: Actor | null, input: ShopUpdateInput) {
  const me = admin(actor);
  const { merchantId, ...next } = parseOrThrow(shopUpdateSchema, input);
  return db.$transaction(async (tx) => {
    const current = await tx.merchant.findUnique({ where: { id: merchantId }, select: SHOP_FIELDS });
    if (!current) throw notFound("No such shop");
    const keys = (Object.keys(next) as (keyof typeof next)[]).filter((k) => current[k] !== next[k]);
    if (keys.length === 0) return { merchantId, changed: [] as string[] };
    const before = Object.fromEntries(keys.map((k) => [k, current[k]]));
    const after = Object.fromEntries(keys.map((k) => [k, next[k]]));
    await tx.merchant.update({ where: { id: merchantId }, data: after });
    await writeAudit(tx, {
      actorId: me.id,
      actorRole: "ADMIN",
      merchantId,
      action: "admin.shop.update",
      entity: "Merchant",
      entityId: merchantId,
      before,
      after,
    });
    return { merchantId, changed: keys as string[] };
  });
}
