// Reads for the inventory screens. The rules and the fast SQL live in lib/domain/inventory*;
// this file turns URL input into their arguments and maps "not this shop's" to null (404).
import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import {
  findByCode,
  getCategories,
  listProducts,
  lowStockList,
  stockHistory,
  type ProductDto,
} from "@/lib/domain/inventory";
import { productSelect, toProductDto } from "@/lib/domain/product-dto";
import { productListQuery } from "@/lib/validation/product";
import { firstParam as first, isEntityId, type SearchParams } from "@/lib/url-params";

export const INVENTORY_PAGE_SIZE = 50;

export type InventoryFilter = {
  q?: string;
  category?: string;
  status: "active" | "archived" | "all";
  stock: "all" | "low" | "out";
  sort: "name" | "price" | "stock" | "updated";
  dir: "asc" | "desc";
  page: number;
};

/** The list's filter from the URL; a stale or hand-edited value falls back to its default. */
export function inventoryFilterFrom(params: SearchParams): InventoryFilter {
  const shape = productListQuery.shape;
  const pick = <K extends keyof InventoryFilter>(key: K, fallback: InventoryFilter[K]): InventoryFilter[K] => {
    const r = shape[key].safeParse(first(params[key]) || undefined);
    return r.success ? (r.data as InventoryFilter[K]) : fallback;
  };
  return {
    q: pick("q", undefined),
    category: pick("category", undefined),
    status: pick("status", "active"),
    stock: pick("stock", "all"),
    sort: pick("sort", "name"),
    dir: pick("dir", "asc"),
    page: pick("page", 1),
  };
}

export function getProductList(merchantId: string, f: InventoryFilter) {
  return listProducts(merchantId, { ...f, pageSize: INVENTORY_PAGE_SIZE });
}

/** A typed or scanned code that is exactly one product's barcode or SKU (archived too). */
export async function productIdByCode(merchantId: string, code: string): Promise<string | null> {
  return (await findByCode(merchantId, code, { includeArchived: true }))?.id ?? null;
}

export type ProductDetail = {
  product: ProductDto;
  movements: Awaited<ReturnType<typeof stockHistory>>["movements"];
  actors: Record<string, string>;
};

/** The product with its newest movements; null for an unknown id or another shop's product. */
export async function getProductDetail(merchantId: string, productId: string): Promise<ProductDetail | null> {
  if (!isEntityId(productId)) return null;
  const row = await db.product.findFirst({ where: { id: productId, merchantId }, select: productSelect });
  if (!row) return null;
  let history: Awaited<ReturnType<typeof stockHistory>>;
  try {
    history = await stockHistory(merchantId, productId, { limit: 200 });
  } catch (err) {
    if (err instanceof DomainError && err.code === "not_found") return null;
    throw err;
  }
  // Who made each change: the shop's own staff or a customer's order.
  const ids = [...new Set(history.movements.map((m) => m.createdById).filter((x): x is string => !!x))];
  const users = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  return {
    product: toProductDto(row),
    movements: history.movements,
    actors: Object.fromEntries(users.map((u) => [u.id, u.name])),
  };
}

export const getShopCategories = (merchantId: string) => getCategories(merchantId);
export const getReorderList = (merchantId: string) => lowStockList(merchantId);
