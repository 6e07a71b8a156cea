// API bearer tokens: 32 random bytes handed to the client once; only their SHA-256 is stored,
// so a leaked database does not leak usable tokens. Valid 7 days; revoked by sign-out, by
// an admin (revokeAllForUser) or, implicitly, by disabling the account (checked on every use).
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";

export const TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const hashToken = (raw: string) => crypto.createHash("sha256").update(raw, "utf8").digest("hex");

export type IssuedToken = { token: string; tokenId: string; expiresAt: Date };

export async function issueToken(userId: string, now = new Date()): Promise<IssuedToken> {
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS);
  const row = await db.apiToken.create({ data: { userId, tokenHash: hashToken(token), expiresAt }, select: { id: true } });
  return { token, tokenId: row.id, expiresAt };
}

export type VerifiedToken = { tokenId: string; user: CurrentUser };

/** The token's live user, or null when it is unknown, expired, revoked or the user is disabled. */
export async function verifyToken(raw: string, now = new Date()): Promise<VerifiedToken | null> {
  // A token we issued is exactly 43 base64url characters; anything else needs no DB trip.
  if (!/^[A-Za-z0-9_-]{43}$/.test(raw)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: {
      id: true, expiresAt: true, revokedAt: true,
      user: { select: { id: true, name: true, role: true, email: true, phone: true, locale: true, timeZone: true, disabledAt: true } },
    },
  });
  if (!row || row.revokedAt || row.expiresAt <= now || row.user.disabledAt) return null;
  const { disabledAt: _d, ...user } = row.user;
  return { tokenId: row.id, user };
}

/** Sign-out: revoke one token. Idempotent. */
export async function revokeToken(tokenId: string, now = new Date()): Promise<void> {
  await db.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: now } });
}

/**
 * Revoke every live token of a user (admin disables the account, or "sign out everywhere").
 * Call it wherever User.sessionVersion is bumped: tokens do not carry the session version.
 */
export async function revokeAllForUser(userId: string, now = new Date()): Promise<number> {
  const { count } = await db.apiToken.updateMany({ where: { userId, revokedAt: null, expiresAt: { gt: now } }, data: { revokedAt: now } });
  return count;
}
