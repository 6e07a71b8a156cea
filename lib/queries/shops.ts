// Reads for the customer's shop screens: browse shops, a shop's products, and what checkout
// needs (the shop's UPI id, whether pay later is open to this customer there).
import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { listShopProducts, listShops } from "@/lib/domain/orders";
import { isEntityId, param, readParams, type SearchParams } from "@/lib/url-params";
import { z } from "zod";

export const SHOPS_PAGE_SIZE = 20;
export const SHOP_PRODUCTS_PAGE_SIZE = 60;

const productFilter = z.object({ q: param.text(100), category: param.text(40), page: param.page });
const shopFilter = productFilter.extend({ area: param.text(100) });

export type ShopFilter = { q?: string; area?: string; category?: string; page: number };
export const shopFilterFrom = (p: SearchParams): ShopFilter => readParams(shopFilter, p);

export type ShopProductFilter = { q?: string; category?: string; page: number };
export const shopProductFilterFrom = (p: SearchParams): ShopProductFilter => readParams(productFilter, p);

export const getShops = (f: ShopFilter) => listShops({ ...f, pageSize: SHOPS_PAGE_SIZE });

/** Every category some shop uses (for the shop search); the shops' own lists, not products. */
export async function allShopCategories(): Promise<string[]> {
  const rows = await db.$queryRaw<{ c: string }[]>`
    SELECT DISTINCT lower(c) AS "c" FROM "Merchant", unnest("categories") AS c ORDER BY 1 LIMIT 200`;
  return rows.map((r) => r.c);
}

/** A shop's products for the customer; null when there is no such (active) shop. */
export async function getShopProducts(shopId: string, f: ShopProductFilter) {
  if (!isEntityId(shopId)) return null;
  try {
    return await listShopProducts(shopId, { ...f, pageSize: SHOP_PRODUCTS_PAGE_SIZE });
  } catch (err) {
    if (err instanceof DomainError && err.code === "not_found") return null;
    throw err;
  }
}

/**
 * Whether this customer may pay later at this shop: the same test placeOrder applies (a
 * linked customer row there with at least one ledger entry), so the option is shown only
 * where the order would be accepted.
 */
export async function hasTabAt(merchantId: string, userId: string): Promise<boolean> {
  const c = await db.customer.findUnique({
    where: { merchantId_userId: { merchantId, userId } },
    select: { id: true },
  });
  if (!c) return false;
  return (await db.transaction.findFirst({ where: { merchantId, customerId: c.id }, select: { id: true } })) !== null;
}

export type CheckoutShop = {
  id: string;
  shopName: string;
  upiId: string | null;
  upiPayeeName: string | null;
  payLater: boolean;
};

export async function getCheckoutShop(shopId: string, userId: string): Promise<CheckoutShop | null> {
  if (!isEntityId(shopId)) return null;
  const shop = await db.merchant.findFirst({
    where: { id: shopId, user: { disabledAt: null } },
    select: { id: true, shopName: true, upiId: true, upiPayeeName: true },
  });
  if (!shop) return null;
  return { ...shop, payLater: await hasTabAt(shop.id, userId) };
}
