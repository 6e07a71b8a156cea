// Reads for the customer's money screens (bills, expenses) and the shop's tab tools. The rules live in
// lib/domain; this file turns a URL id into their arguments and a miss into null (404).
import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { customerExpenses } from "@/lib/queries/customer-expenses";
import { duesByShop, shopBillsForUser, type DuesOverview, type ShopBills } from "@/lib/queries/customer-bills";
import { customerBalance } from "@/lib/domain/ledger";
import { openDisputesForTab, type OpenDisputeRow } from "@/lib/domain/disputes";
import { pendingClaimsForTab, type PaymentClaimDto } from "@/lib/domain/payment-claims";
import { liveStatementLinks, type StatementLinkDto } from "@/lib/domain/statement-link";
import { liveClaimCodeExpiry } from "@/lib/domain/tab-claim";
import { db } from "@/lib/db";
import { isEntityId } from "@/lib/url-params";

export const getDuesOverview = (userId: string): Promise<DuesOverview> => duesByShop(userId);

/** One shop's bills for this user, or null when the id is not one of their tabs. */
export async function getShopBills(userId: string, customerId: string): Promise<ShopBills | null> {
  if (!isEntityId(customerId)) return null;
  try {
    return await shopBillsForUser(userId, customerId);
  } catch (err) {
    if (err instanceof DomainError && err.code === "not_found") return null;
    throw err;
  }
}

export type TabToolsData = {
  customerId: string;
  customerName: string;
  phone: string | null;
  claimed: boolean;
  duePaise: number;
  shopName: string;
  claims: PaymentClaimDto[];
  disputes: OpenDisputeRow[];
  links: StatementLinkDto[];
  /** When the last code handed out stops working (the code itself is never stored). */
  claimCodeExpiresAt: Date | null;
};

/** Everything the merchant's tab tools show for one customer of this shop; null for another shop's id. */
export async function getTabTools(merchantId: string, customerId: string): Promise<TabToolsData | null> {
  if (!isEntityId(customerId)) return null;
  const c = await db.customer.findFirst({
    where: { id: customerId, merchantId },
    select: { id: true, name: true, phone: true, userId: true, merchant: { select: { shopName: true } } },
  });
  if (!c) return null;
  const [claims, disputes, links, claimCodeExpiresAt, due] = await Promise.all([
    pendingClaimsForTab(merchantId, c.id),
    openDisputesForTab(merchantId, c.id),
    liveStatementLinks(merchantId, c.id),
    c.userId ? Promise.resolve(null) : liveClaimCodeExpiry(merchantId, c.id),
    customerBalance(merchantId, c.id),
  ]);
  return {
    customerId: c.id,
    customerName: c.name,
    phone: c.phone,
    claimed: c.userId !== null,
    duePaise: due,
    shopName: c.merchant.shopName,
    claims,
    disputes,
    links,
    claimCodeExpiresAt,
  };
}

/** Both series for the expenses screen: the chosen period's chart and "this week / this month". */
export async function getExpenses(userId: string) {
  const [week, month] = await Promise.all([customerExpenses(userId, "week"), customerExpenses(userId, "month")]);
  return { week, month };
}
