// API bearer tokens: 32 random bytes handed to the client once; only their SHA-256 is stored,
// so a leaked database does not leak usable tokens. Valid 7 days; revoked by sign-out, by
// an admin (revokeAllForUser) or, implicitly, by disabling the account (checked on every use).
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { toApiUser, USER_SELECT } from "./user-dto";

export const TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const hashToken = (raw: string) => crypto.createHash("sha256").update(raw, "utf8").digest("hex");

export type IssuedToken = { token: string; tokenId: string; expiresAt: Date };

export async function issueToken(userId: string, now = new Date()): Promise<IssuedToken> {
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS);
  const row = await db.apiToken.create({
    data: { userId, tokenHash: hashToken(token), expiresAt },
    select: { id: true },
  });
  return { token, tokenId: row.id, expiresAt };
}

/** What signing in answers (login, register, a password change): a fresh token and the user. */
export async function signInResult(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: USER_SELECT });
  const { token, expiresAt } = await issueToken(userId);
  return { token, expiresAt: expiresAt.toISOString(), user: toApiUser(user) };
}

/** merchantId: the caller's shop when they are a MERCHANT with one (read in the same query). */
export type VerifiedToken = { tokenId: string; user: CurrentUser; merchantId: string | null };

type TokenRow = CurrentUser & {
  tokenId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  disabledAt: Date | null;
  merchantId: string | null;
};

/** The token's live user, or null when it is unknown, expired, revoked or the user is disabled. */
export async function verifyToken(raw: string, now = new Date()): Promise<VerifiedToken | null> {
  // A token we issued is exactly 43 base64url characters; anything else needs no DB trip.
  if (!/^[A-Za-z0-9_-]{43}$/.test(raw)) return null;
  // One round trip for token, user and shop: this runs on every API call.
  const [row] = await db.$queryRaw<TokenRow[]>`
    SELECT t."id" AS "tokenId", t."expiresAt", t."revokedAt",
           u."id", u."name", u."role"::text AS "role", u."email", u."phone", u."locale", u."timeZone", u."disabledAt",
           m."id" AS "merchantId"
      FROM "ApiToken" t
      JOIN "User" u ON u."id" = t."userId"
      LEFT JOIN "Merchant" m ON m."userId" = u."id"
     WHERE t."tokenHash" = ${hashToken(raw)}`;
  if (!row || row.revokedAt || row.expiresAt <= now || row.disabledAt) return null;
  const { tokenId, merchantId, id, name, role, email, phone, locale, timeZone } = row;
  return { tokenId, merchantId, user: { id, name, role, email, phone, locale, timeZone } };
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
  const { count } = await db.apiToken.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  return count;
}
