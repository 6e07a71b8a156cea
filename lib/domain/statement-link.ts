// Shareable statement links: a read-only view of one customer's tab at one shop that opens
// without signing in. The token is "<linkId>.<expiry>.<HMAC-SHA256>" keyed by AUTH_SECRET,
// checked in constant time; the database row decides revocation, so a link can be turned off.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { parseOrThrow } from "@/lib/validation/common";
import { linkIdInput, statementLinkInput } from "@/lib/validation/customer";
import { writeAudit } from "./audit";
import { DomainError } from "./errors";
import { customerStatement, type Statement } from "./statement";

function secret(): string {
  const s = process.env.AUTH_SECRET;
  // Without a secret anyone could mint links: refuse rather than sign with something guessable.
  if (!s || s.length < 16) throw new Error("AUTH_SECRET must be set (16+ characters) to sign statement links");
  return s;
}

const mac = (payload: string) =>
  crypto.createHmac("sha256", secret()).update(`statement:${payload}`).digest("base64url");

export function signStatementToken(linkId: string, expiresAt: Date): string {
  const payload = `${linkId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${mac(payload)}`;
}

/** The link id when the signature is genuine and the expiry has not passed; else null. */
export function verifyStatementToken(token: string, now = new Date()): string | null {
  const m = /^([A-Za-z0-9_-]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const [, id, exp, sig] = m as unknown as [string, string, string, string];
  const expected = Buffer.from(mac(`${id}.${exp}`));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  if (Number(exp) * 1000 <= now.getTime()) return null;
  return id;
}

export type StatementLinkDto = { id: string; customerId: string; token: string; expiresAt: Date; createdAt: Date };

/** A new link for a customer of this shop, valid `days` (default 7). */
export async function createStatementLink(
  merchantId: string,
  actorUserId: string,
  raw: { customerId: string; days?: number },
  now = new Date(),
): Promise<StatementLinkDto> {
  const input = parseOrThrow(statementLinkInput, raw);
  return db.$transaction(async (tx) => {
    const c = await tx.customer.findFirst({ where: { id: input.customerId, merchantId }, select: { id: true } });
    if (!c) throw new DomainError("not_found", "Customer not found");
    // Whole seconds: the token carries seconds, and the row must agree with it exactly.
    const expiresAt = new Date(Math.floor((now.getTime() + input.days * 86_400_000) / 1000) * 1000);
    const link = await tx.statementLink.create({
      data: { merchantId, customerId: c.id, expiresAt },
      select: { id: true, customerId: true, expiresAt: true, createdAt: true },
    });
    await writeAudit(tx, {
      actorId: actorUserId,
      actorRole: "MERCHANT",
      merchantId,
      action: "statement_link.create",
      entity: "StatementLink",
      entityId: link.id,
      after: { customerId: c.id, expiresAt: expiresAt.toISOString() },
    });
    return { ...link, token: signStatementToken(link.id, link.expiresAt) };
  });
}

/** Turn a link off for good. Idempotent; another shop's link is not_found. */
export async function revokeStatementLink(
  merchantId: string,
  actorUserId: string,
  linkId: string,
): Promise<{ id: string; customerId: string; revokedAt: Date }> {
  const { linkId: id } = parseOrThrow(linkIdInput, { linkId });
  return db.$transaction(async (tx) => {
    const link = await tx.statementLink.findFirst({
      where: { id, merchantId },
      select: { id: true, customerId: true, revokedAt: true },
    });
    if (!link) throw new DomainError("not_found", "Link not found");
    if (link.revokedAt) return { id: link.id, customerId: link.customerId, revokedAt: link.revokedAt };
    const revokedAt = new Date();
    await tx.statementLink.update({ where: { id: link.id }, data: { revokedAt } });
    await writeAudit(tx, {
      actorId: actorUserId,
      actorRole: "MERCHANT",
      merchantId,
      action: "statement_link.revoke",
      entity: "StatementLink",
      entityId: link.id,
      before: { revokedAt: null },
      after: { revokedAt: revokedAt.toISOString() },
    });
    return { id: link.id, customerId: link.customerId, revokedAt };
  });
}

/** Live (unexpired, unrevoked) links of a tab, newest first, with their tokens re-derived. */
export async function liveStatementLinks(
  merchantId: string,
  customerId: string,
  now = new Date(),
): Promise<StatementLinkDto[]> {
  const rows = await db.statementLink.findMany({
    where: { merchantId, customerId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, customerId: true, expiresAt: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, token: signStatementToken(r.id, r.expiresAt) }));
}

export type SharedStatement = Statement & {
  shop: { shopName: string; city: string | null; phone: string | null; timeZone: string };
  expiresAt: Date;
};

/**
 * What a statement link shows: that one customer's entries at that one shop. Null for a
 * tampered, expired or revoked link, or one of a disabled shop (the page says so and shows nothing else).
 */
export async function readSharedStatement(token: string, now = new Date()): Promise<SharedStatement | null> {
  const id = verifyStatementToken(token, now);
  if (!id) return null;
  const link = await db.statementLink.findUnique({
    where: { id },
    select: { merchantId: true, customerId: true, expiresAt: true, revokedAt: true },
  });
  if (!link || link.revokedAt || link.expiresAt <= now) return null;
  // A disabled shop's links die with it (an admin disabling a shop stops everything it shared).
  const live = await db.merchant.count({ where: { id: link.merchantId, user: { disabledAt: null } } });
  if (!live) return null;
  // The token's expiry must be the row's: a token re-signed with a later date is still refused.
  if (signStatementToken(id, link.expiresAt) !== token) return null;
  const [statement, shop] = await Promise.all([
    customerStatement(link.merchantId, link.customerId),
    db.merchant.findUniqueOrThrow({
      where: { id: link.merchantId },
      select: { shopName: true, city: true, phone: true, timeZone: true },
    }),
  ]);
  return { ...statement, shop, expiresAt: link.expiresAt };
}
