// Claiming a tab: a shop kept a khata for a phone number before its owner signed up. There
// is no SMS here, so a matching phone proves nothing (numbers get reused): the shop hands the
// customer a one-time code, and only that code attaches the tab to their account.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { parseOrThrow } from "@/lib/validation/common";
import {
  CLAIM_CODE_ALPHABET,
  CLAIM_CODE_LENGTH,
  claimCodeInput,
  customerIdInput,
  type ClaimCodeInput,
} from "@/lib/validation/customer";
import { writeAudit } from "./audit";
import { DomainError, isUniqueViolation } from "./errors";

export const CLAIM_CODE_TTL_MS = 7 * 24 * 3_600_000;
/** Wrong codes allowed per account in the window: 32^8 codes, so guessing is hopeless anyway. */
export const MAX_WRONG_CODES = 10;
const WRONG_CODE_WINDOW_MS = 15 * 60_000;

export const hashClaimCode = (code: string) => crypto.createHash("sha256").update(code).digest("hex");

/** 8 characters from a 32-letter alphabet: 256 % 32 == 0, so every letter is equally likely. */
export function newClaimCode(): string {
  const bytes = crypto.randomBytes(CLAIM_CODE_LENGTH);
  return [...bytes].map((b) => CLAIM_CODE_ALPHABET[b % CLAIM_CODE_ALPHABET.length]).join("");
}

/** "ABCDEFGH" -> "ABCD-EFGH": easier to read aloud at the counter. */
export const formatClaimCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

export type IssuedClaimCode = { code: string; expiresAt: Date; customerId: string };

/**
 * A fresh code for an unclaimed tab. Only the hash is stored; earlier unused codes for the
 * same tab stop working, so the last code handed over is the only live one.
 */
export async function issueClaimCode(
  merchantId: string,
  actorUserId: string,
  customerId: string,
  now = new Date(),
): Promise<IssuedClaimCode> {
  const { customerId: id } = parseOrThrow(customerIdInput, { customerId });
  return db.$transaction(async (tx) => {
    const tab = await tx.customer.findFirst({ where: { id, merchantId }, select: { id: true, userId: true } });
    if (!tab) throw new DomainError("not_found", "Customer not found");
    if (tab.userId) throw new DomainError("conflict", "This tab is already linked to an account");
    await tx.claimCode.updateMany({
      where: { merchantId, customerId: id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const code = newClaimCode();
    const expiresAt = new Date(now.getTime() + CLAIM_CODE_TTL_MS);
    const row = await tx.claimCode.create({
      data: { merchantId, customerId: id, codeHash: hashClaimCode(code), expiresAt },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actorUserId,
      actorRole: "MERCHANT",
      merchantId,
      action: "claim_code.issue",
      entity: "ClaimCode",
      entityId: row.id,
      after: { customerId: id, expiresAt: expiresAt.toISOString() },
    });
    return { code, expiresAt, customerId: id };
  });
}

export type ClaimedTab = { customerId: string; merchantId: string; shopName: string };

const wrongCodeKey = (userId: string) => `claimcode:${userId}`;

async function tooManyWrongCodes(userId: string, now: Date): Promise<boolean> {
  const n = await db.loginAttempt.count({
    where: {
      key: wrongCodeKey(userId),
      success: false,
      createdAt: { gt: new Date(now.getTime() - WRONG_CODE_WINDOW_MS) },
    },
  });
  return n >= MAX_WRONG_CODES;
}

const refused = (message: string, key: string) => new DomainError("invalid_input", message, { code: key });

/**
 * Attach the tab behind `code` to this customer. Refused (and the code left unused) when the
 * code is wrong, used or expired, the tab is already someone's, or this user already has a
 * tab at that shop: two tabs are never merged silently.
 */
export async function claimTab(userId: string, raw: ClaimCodeInput, now = new Date()): Promise<ClaimedTab> {
  const { code } = parseOrThrow(claimCodeInput, raw);
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
  if (!user || user.disabledAt) throw new DomainError("unauthorized", "Please sign in again");
  if (user.role !== "CUSTOMER") throw new DomainError("forbidden", "Only customer accounts can claim a tab");
  if (await tooManyWrongCodes(userId, now))
    throw new DomainError("rate_limited", "Too many wrong codes, try again later", { code: "claim_code_rate_limited" });

  const found = await db.claimCode.findUnique({
    where: { codeHash: hashClaimCode(code) },
    select: { id: true, usedAt: true, expiresAt: true },
  });
  if (!found) {
    await db.loginAttempt.create({ data: { key: wrongCodeKey(userId), success: false } });
    throw refused("This code is not valid", "claim_code_invalid");
  }
  if (found.usedAt) throw refused("This code was already used", "claim_code_used");
  if (found.expiresAt <= now) throw refused("This code has expired: ask the shop for a new one", "claim_code_expired");

  try {
    return await db.$transaction(async (tx) => {
      // Single use: only the first of two racing claims moves usedAt from null.
      const took = await tx.claimCode.updateMany({
        where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now, usedById: userId },
      });
      if (took.count === 0) throw refused("This code was already used", "claim_code_used");
      const cc = await tx.claimCode.findUniqueOrThrow({
        where: { id: found.id },
        select: {
          merchantId: true,
          customerId: true,
          customer: { select: { userId: true, merchant: { select: { shopName: true } } } },
        },
      });
      if (cc.customer.userId === userId)
        throw new DomainError("conflict", "This tab is already yours", { code: "claim_already_yours" });
      if (cc.customer.userId)
        throw new DomainError("conflict", "This tab is already linked to another account", { code: "claim_tab_taken" });
      const mine = await tx.customer.findFirst({ where: { merchantId: cc.merchantId, userId }, select: { id: true } });
      if (mine)
        throw new DomainError("conflict", "You already have an account at this shop", { code: "claim_already_linked" });
      const moved = await tx.customer.updateMany({
        where: { id: cc.customerId, merchantId: cc.merchantId, userId: null },
        data: { userId },
      });
      if (moved.count === 0)
        throw new DomainError("conflict", "This tab is already linked to another account", { code: "claim_tab_taken" });
      await writeAudit(tx, {
        actorId: userId,
        actorRole: "CUSTOMER",
        merchantId: cc.merchantId,
        action: "customer.claim",
        entity: "Customer",
        entityId: cc.customerId,
        before: { userId: null },
        after: { userId, claimCodeId: found.id },
      });
      return { customerId: cc.customerId, merchantId: cc.merchantId, shopName: cc.customer.merchant.shopName };
    });
  } catch (err) {
    // Unique (merchantId, userId): a tab at this shop got linked to this user meanwhile.
    if (isUniqueViolation(err))
      throw new DomainError("conflict", "You already have an account at this shop", { code: "claim_already_linked" });
    throw err;
  }
}

/** The latest live code's expiry for a tab (the code itself is never stored), or null. */
export async function liveClaimCodeExpiry(
  merchantId: string,
  customerId: string,
  now = new Date(),
): Promise<Date | null> {
  const c = await db.claimCode.findFirst({
    where: { merchantId, customerId, usedAt: null, expiresAt: { gt: now } },
    orderBy: { expiresAt: "desc" },
    select: { expiresAt: true },
  });
  return c?.expiresAt ?? null;
}
