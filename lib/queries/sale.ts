// Small reads around one sale, for the POS action and the receipt page.
import "server-only";
import { db } from "@/lib/db";

/** The customer user a tab is attached to (their phone hears the live event), if any. */
export async function customerUserIdOf(merchantId: string, customerId: string): Promise<string | null> {
  const c = await db.customer.findFirst({ where: { id: customerId, merchantId }, select: { userId: true } });
  return c?.userId ?? null;
}
