// Who is calling. Every page, action and API handler asks here; the JWT alone is not trusted
// for long: the user row is re-read so a disabled account or a revoked session stops at once.
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { sessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import { assertRole, type Role } from "@/lib/auth/roles";
import { can, type Permission } from "@/lib/auth/permissions";
import { shopMembershipOf } from "@/lib/auth/shop-actor";
import { counterActor } from "@/lib/auth/counter-actor";
import { DomainError } from "@/lib/domain/errors";

export type { Role };

export type CurrentUser = {
  id: string;
  name: string;
  role: Role;
  email: string | null;
  phone: string | null;
  locale: string | null;
  timeZone: string;
};

/** The columns of a CurrentUser, plus what decides whether the account may act. */
const userSelect = {
  id: true,
  name: true,
  role: true,
  email: true,
  phone: true,
  locale: true,
  timeZone: true,
  disabledAt: true,
  sessionVersion: true,
} as const;

/** The account as a CurrentUser when `admit` accepts it (never a disabled one). */
async function readUser(
  userId: string,
  admit: (u: { role: Role; sessionVersion: number }) => boolean,
): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: userSelect });
  if (!user || user.disabledAt || !admit(user)) return null;
  const { disabledAt: _d, sessionVersion: _s, ...rest } = user;
  return rest;
}

export const loadActiveUser = (userId: string, sessionVersion: number) =>
  readUser(userId, (u) => u.sessionVersion === sessionVersion);

/** The signed-in user from the session cookie, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await sessionClaims();
  return claims ? loadActiveUser(claims.id, claims.sv) : null;
});

export const roleHome = (role: Role) => (role === "ADMIN" ? "/admin" : role === "MERCHANT" ? "/merchant" : "/customer");

/** For pages and layouts: redirect to sign-in, or to the caller's own home on a wrong role. */
export async function requireRolePage(...roles: Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!roles.includes(user.role)) redirect(roleHome(user.role));
  return user;
}

/** For server actions: throw a DomainError the action turns into a message. */
export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  return assertRole(await getCurrentUser(), roles);
}

/** The caller's shop, as its owner or as staff (shopRole decides what they may do: can()). */
export async function merchantOf(userId: string) {
  const member = await shopMembershipOf(userId);
  const merchant = member
    ? await db.merchant.findUnique({
        where: { id: member.merchantId },
        select: { id: true, shopName: true, timeZone: true, upiId: true },
      })
    : null;
  if (!member || !merchant) throw new DomainError("forbidden", "No shop is linked to this account");
  return { ...merchant, shopRole: member.shopRole };
}

/** For pages: the caller's shop, redirected home when their role lacks the permission. */
export async function requirePermissionPage(permission: Permission) {
  const ctx = await requireMerchantPage();
  if (!can(ctx.merchant, permission)) redirect("/merchant");
  return ctx;
}

/** For server actions: the caller's shop, or a forbidden DomainError without the permission. */
export async function requirePermission(permission: Permission) {
  const ctx = await requireMerchant();
  if (!can(ctx.merchant, permission)) throw new DomainError("forbidden", "You are not allowed to do this");
  return ctx;
}

/**
 * The person acting at this shop: the signed-in user, or whoever switched in by PIN at a
 * shared counter (lib/auth/counter-actor) when they belong to the same shop and are active.
 */
async function actingAt(user: CurrentUser) {
  const merchant = await merchantOf(user.id);
  const switched = await counterActor(merchant.id);
  if (!switched || switched === user.id) return { user, merchant };
  const member = await shopMembershipOf(switched);
  const person = member?.merchantId === merchant.id ? await activeMerchantUser(switched) : null;
  if (!member || !person) return { user, merchant };
  return { user: person, merchant: { ...merchant, shopRole: member.shopRole }, signedIn: user };
}

/** A switched-in person: an active account of the merchant role (its session version is not theirs to prove). */
const activeMerchantUser = (userId: string) => readUser(userId, (u) => u.role === "MERCHANT");

export async function requireMerchant() {
  return actingAt(await requireRole("MERCHANT"));
}
/** For pages and layouts; cached per request (the merchant layout and its page both ask). */
export const requireMerchantPage = cache(async () => actingAt(await requireRolePage("MERCHANT")));
export const requireCustomer = () => requireRole("CUSTOMER");
export const requireAdmin = () => requireRole("ADMIN");

/**
 * For route handlers (the layout guard does not run for them): the calling merchant, or the
 * status to refuse with (401 signed out, 403 not a shop owner) in the handler's own shape.
 */
export async function merchantForRoute(
  permission?: Permission,
): Promise<Awaited<ReturnType<typeof requireMerchant>> | { refused: 401 | 403 }> {
  try {
    return await (permission ? requirePermission(permission) : requireMerchant());
  } catch (err) {
    if (err instanceof DomainError) return { refused: err.code === "unauthorized" ? 401 : 403 };
    throw err;
  }
}
