// Staff of a shop: the owner adds managers and cashiers (User rows of role MERCHANT linked by
// a Staff row), each with an optional PIN so a shared counter tablet can switch between them.
import "server-only";
import { can, type ShopRole } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { claimSignIn, settleSignIn } from "@/lib/auth/rate-limit";
import { shopMembershipOf } from "@/lib/auth/shop-actor";
import { db } from "@/lib/db";
import { parseOrThrow } from "@/lib/validation/common";
import { pinSchema, staffInput, type StaffInput } from "@/lib/validation/staff";
import { writeAudit } from "./audit";
import { DomainError, isUniqueViolation } from "./errors";

export type StaffDto = { id: string; userId: string; name: string; phone: string | null; role: ShopRole };

/** The caller's role in this shop, or forbidden when they are not of it. */
export async function shopRoleIn(merchantId: string, userId: string): Promise<ShopRole> {
  const m = await shopMembershipOf(userId);
  if (!m || m.merchantId !== merchantId) throw new DomainError("forbidden", "You are not staff of this shop");
  return m.shopRole;
}

async function assertCan(merchantId: string, userId: string, permission: "manage_staff") {
  const shopRole = await shopRoleIn(merchantId, userId);
  if (!can({ shopRole }, permission)) throw new DomainError("forbidden", "You are not allowed to do this");
  return shopRole;
}

export async function createStaff(merchantId: string, actorUserId: string, raw: StaffInput): Promise<StaffDto> {
  const input = parseOrThrow(staffInput, raw);
  await assertCan(merchantId, actorUserId, "manage_staff");
  const role: ShopRole = input.role === "manager" ? "MANAGER" : "CASHIER";
  const [passwordHash, pinHash] = await Promise.all([
    hashPassword(input.password),
    input.pin ? hashPassword(input.pin) : Promise.resolve(null),
  ]);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { role: "MERCHANT", name: input.name, phone: input.phone, passwordHash },
        select: { id: true, name: true, phone: true },
      });
      const staff = await tx.staff.create({
        data: { merchantId, userId: user.id, role, pinHash, createdById: actorUserId },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: actorUserId,
        actorRole: "MERCHANT",
        merchantId,
        action: "staff.create",
        entity: "Staff",
        entityId: staff.id,
        after: { userId: user.id, name: user.name, role },
      });
      return { id: staff.id, userId: user.id, name: user.name, phone: user.phone, role };
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new DomainError("duplicate", "That phone number already has an account", { phone: "phone_taken" });
    throw err;
  }
}

export async function listStaff(merchantId: string, actorUserId: string): Promise<StaffDto[]> {
  await assertCan(merchantId, actorUserId, "manage_staff");
  const rows = await db.staff.findMany({
    where: { merchantId, disabledAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, userId: true, role: true, user: { select: { name: true, phone: true } } },
  });
  return rows.map((r) => ({ id: r.id, userId: r.userId, name: r.user.name, phone: r.user.phone, role: r.role }));
}

/**
 * Switch the counter to whoever owns this PIN (the owner too, once they set one). The PIN
 * picks a person of this shop only; the same PIN for two people is refused at set time.
 */
export async function staffByPin(
  merchantId: string,
  pin: string,
): Promise<{ userId: string; name: string; role: ShopRole } | null> {
  const p = parseOrThrow(pinSchema, pin);
  // A 4-digit PIN is guessable: 5 wrong PINs per shop in 15 minutes lock switching (like sign-in).
  const key = `pin:${merchantId}`;
  // Claimed like a sign-in (counted under the same lock, exact under concurrency); a right PIN
  // turns the claim into a success.
  const claimed = await claimSignIn(key, null);
  const wait = claimed.wait;
  if (wait > 0)
    throw new DomainError(
      "rate_limited",
      "Too many wrong PINs: try again later",
      { pin: "pin_locked" },
      { retryAfter: wait },
    );
  const rows = await db.staff.findMany({
    where: { merchantId, disabledAt: null, pinHash: { not: null } },
    select: { userId: true, role: true, pinHash: true, user: { select: { name: true, disabledAt: true } } },
  });
  for (const r of rows) {
    if (r.user.disabledAt || !(await verifyPassword(p, r.pinHash!))) continue;
    await settleSignIn(claimed, true);
    return { userId: r.userId, name: r.user.name, role: r.role };
  }
  await settleSignIn(claimed, false);
  return null;
}
