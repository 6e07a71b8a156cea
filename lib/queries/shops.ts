// Reads for the customer's shop screens: browse shops, a shop's products, and what checkout
// needs (the shop's UPI id, whether pay later is open to this customer there).
import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { listShopProducts, listShops } from "@/lib/domain/orders";

export const SHOPS_PAGE_SIZE = 20;
export const SHOP_PRODUCTS_PAGE_SIZE = 60;

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const text = (v: string | string[] | undefined, max: number) => first(v)?.trim().slice(0, max) || undefined;
const pageOf = (v: string | string[] | undefined) => {
  const n = Number(first(v));
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
};

export type ShopFilter = { q?: string; area?: string; category?: string; page: number };
export const shopFilterFrom = (p: SearchParams): ShopFilter => ({
  q: text(p.q, 100),
  area: text(p.area, 100),
  category: text(p.category, 40),
  page: pageOf(p.page),
});

export type ShopProductFilter = { q?: string; category?: string; page: number };
export const shopProductFilterFrom = (p: SearchParams): ShopProductFilter => ({
  q: text(p.q, 100),
  category: text(p.category, 40),
  page: pageOf(p.page),
});

export const getShops = (f: ShopFilter) => listShops({ ...f, pageSize: SHOPS_PAGE_SIZE });

/** Every category some shop uses (for the shop search); the shops' own lists, not products. */
export async function allShopCategories(): Promise<string[]> {
  const rows = await db.$queryRaw<{ c: string }[]>`
    SELECT DISTINCT lower(c) AS "c" FROM "Merchant", unnest("categories") AS c ORDER BY 1 LIMIT 200`;
  return rows.map((r) => r.c);
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A shop's products for the customer; null when there is no such (active) shop. */
export async function getShopProducts(shopId: string, f: ShopProductFilter) {
  if (!ID.test(shopId)) return null;
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
  if (!ID.test(shopId)) return null;
  const shop = await db.merchant.findFirst({
    where: { id: shopId, user: { disabledAt: null } },
    select: { id: true, shopName: true, upiId: true, upiPayeeName: true },
  });
  if (!shop) return null;
  return { ...shop, payLater: await hasTabAt(shop.id, userId) };
}
