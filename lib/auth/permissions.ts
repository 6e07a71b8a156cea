// What each person of a shop may do. One table, one function: pages, server actions, use
// cases and /api/v1 handlers all ask `can(actor, permission)`; nothing else decides.
// Plain data (no imports): the POS hides buttons with the same answer the server enforces.

export const PERMISSIONS = [
  "void",
  "return",
  "discount_over_limit",
  "edit_prices_stock",
  "analytics_exports",
  "manage_staff",
  "settings",
  "allow_over_credit_limit",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The Prisma StaffRole values; the owner (Merchant.userId) is always OWNER. */
export type ShopRole = "OWNER" | "MANAGER" | "CASHIER";

const GRANTS: Record<ShopRole, ReadonlySet<Permission>> = {
  OWNER: new Set(PERMISSIONS),
  // A manager runs the counter and the stock, but does not hire or change the shop.
  MANAGER: new Set<Permission>([
    "void",
    "return",
    "discount_over_limit",
    "edit_prices_stock",
    "analytics_exports",
    "allow_over_credit_limit",
  ]),
  // A cashier sells, takes payments and opens/closes the drawer; nothing that undoes money.
  CASHIER: new Set<Permission>(),
};

export function can(actor: { shopRole: ShopRole } | null | undefined, permission: Permission): boolean {
  return !!actor && GRANTS[actor.shopRole].has(permission);
}

/** Every permission of a role (for the staff screen and the POS). */
export function permissionsOf(shopRole: ShopRole): Permission[] {
  return PERMISSIONS.filter((p) => GRANTS[shopRole].has(p));
}
