// Which shop a MERCHANT-role user works for, and as whom: the owner (Merchant.userId) or a
// staff member (Staff row, not disabled). The one lookup behind pages, actions and the API.
import "server-only";
import { db } from "@/lib/db";
import type { ShopRole } from "./permissions";

export type ShopMembership = { merchantId: string; shopRole: ShopRole };

export async function shopMembershipOf(userId: string): Promise<ShopMembership | null> {
  const owned = await db.merchant.findUnique({ where: { userId }, select: { id: true } });
  if (owned) return { merchantId: owned.id, shopRole: "OWNER" };
  const staff = await db.staff.findUnique({
    where: { userId },
    select: { merchantId: true, role: true, disabledAt: true },
  });
  if (!staff || staff.disabledAt) return null;
  return { merchantId: staff.merchantId, shopRole: staff.role };
}
