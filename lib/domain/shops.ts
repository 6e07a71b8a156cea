// What a customer browses: shops (only those whose owner account is active) and a shop's
// products with availability. Never cost prices, SKUs or exact stock above the low level.
import { db } from "@/lib/db";
import { notFound } from "@/lib/domain/errors";
import { likeContains, stockState, type StockState } from "@/lib/domain/product-dto";
import { Prisma, type Unit } from "@/lib/generated/prisma/client";

export type ShopDto = {
  id: string;
  shopName: string;
  addressLine: string | null;
  area: string | null;
  city: string | null;
  state: string | null;
  pinCode: string | null;
  businessType: string;
};

export type ShopProductDto = {
  id: string;
  name: string;
  category: string;
  pricePaise: number;
  unit: Unit;
  /** "low": show "only N left" (N = left); "out": show "out of stock", cannot be ordered. */
  availability: StockState;
  left: number | null;
};

const clampPage = (page?: number, pageSize?: number, max = 100, dflt = 20) => {
  const size = Math.min(Math.max(Math.trunc(pageSize ?? dflt) || dflt, 1), max);
  return { page: Math.max(Math.trunc(page ?? 1) || 1, 1), size };
};

/** Escaped for Prisma's `contains`, which passes % and _ through as wildcards. */
const containsText = (s: string) => ({ contains: likeContains(s).slice(1, -1), mode: "insensitive" as const });

/**
 * q matches shop name, area or city; area matches area, city or PIN code; category = the
 * shop sells at least one active product in it.
 */
export async function listShops(
  opts: { q?: string; area?: string; category?: string; page?: number; pageSize?: number } = {},
) {
  const q = opts.q?.trim().slice(0, 100);
  const area = opts.area?.trim().slice(0, 100);
  const category = opts.category?.trim().slice(0, 40);
  const and: Prisma.MerchantWhereInput[] = [{ user: { disabledAt: null } }];
  if (q) and.push({ OR: [{ shopName: containsText(q) }, { area: containsText(q) }, { city: containsText(q) }] });
  if (area) and.push({ OR: [{ area: containsText(area) }, { city: containsText(area) }, { pinCode: area }] });
  if (category)
    and.push({ products: { some: { archivedAt: null, category: { equals: category, mode: "insensitive" } } } });
  const where: Prisma.MerchantWhereInput = { AND: and };
  const { page, size } = clampPage(opts.page, opts.pageSize);
  const [items, total] = await Promise.all([
    db.merchant.findMany({
      where,
      orderBy: [{ shopName: "asc" }, { id: "asc" }],
      skip: (page - 1) * size,
      take: size,
      select: {
        id: true,
        shopName: true,
        addressLine: true,
        area: true,
        city: true,
        state: true,
        pinCode: true,
        businessType: true,
      },
    }),
    db.merchant.count({ where }),
  ]);
  return { items: items as ShopDto[], total, page, pageSize: size, pageCount: Math.max(1, Math.ceil(total / size)) };
}

/** A shop's active products for the customer: in stock first, then by name. */
export async function listShopProducts(
  shopId: string,
  opts: { q?: string; category?: string; page?: number; pageSize?: number } = {},
) {
  const shop = await db.merchant.findFirst({
    where: { id: shopId, user: { disabledAt: null } },
    select: { id: true, shopName: true, categories: true },
  });
  if (!shop) throw notFound("Shop not found");
  const q = opts.q?.trim().slice(0, 100);
  const category = opts.category?.trim().slice(0, 40);
  const where: Prisma.Sql[] = [Prisma.sql`"merchantId" = ${shop.id}`, Prisma.sql`"archivedAt" IS NULL`];
  if (q) where.push(Prisma.sql`"name" ILIKE ${likeContains(q)}`);
  if (category) where.push(Prisma.sql`"category" = ${category}`);
  const cond = Prisma.join(where, " AND ");
  const { page, size } = clampPage(opts.page, opts.pageSize, 200, 50);
  type Row = {
    id: string;
    name: string;
    category: string;
    pricePaise: number;
    unit: Unit;
    stockMilli: number;
    lowStockThreshold: number;
  };
  const [rows, count] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT "id", "name", "category", "pricePaise", "unit"::text AS "unit", "stockMilli", "lowStockThreshold" FROM "Product"
      WHERE ${cond} ORDER BY ("stockMilli" <= 0), lower("name"), "id" LIMIT ${size} OFFSET ${(page - 1) * size}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS "n" FROM "Product" WHERE ${cond}`,
  ]);
  const total = Number(count[0]?.n ?? 0);
  const items: ShopProductDto[] = rows.map((r) => {
    const availability = stockState(r.stockMilli, r.lowStockThreshold);
    return {
      id: r.id,
      name: r.name,
      category: r.category,
      pricePaise: r.pricePaise,
      unit: r.unit,
      availability,
      left: availability === "low" ? r.stockMilli / 1000 : null,
    };
  });
  return {
    shop: { id: shop.id, shopName: shop.shopName, categories: shop.categories },
    items,
    total,
    page,
    pageSize: size,
    pageCount: Math.max(1, Math.ceil(total / size)),
  };
}
