// The counter's data: the shop's sellable products and its customers for the picker, in one
// plain-JSON snapshot (see lib/pos/pos-data.ts) that can also be kept offline.
import "server-only";
import { db } from "@/lib/db";
import { listCustomers } from "@/lib/domain/customers";
import type { PosCustomer, PosData, PosProduct } from "@/lib/pos/pos-data";

/** A small shop has a few hundred products; this caps a pathological catalogue's payload. */
export const POS_PRODUCT_LIMIT = 5_000;
/** Most recent customers first; past this the picker also asks the server (searchCustomersAction). */
export const POS_CUSTOMER_LIMIT = 200;

export async function getPosData(merchantId: string): Promise<PosData> {
  const [shop, products, customers] = await Promise.all([
    db.merchant.findUniqueOrThrow({
      where: { id: merchantId },
      select: {
        shopName: true,
        upiId: true,
        upiPayeeName: true,
        timeZone: true,
        scaleBarcode: true,
        sellPastStock: true,
        gstStatus: true,
        stateCode: true,
      },
    }),
    db.product.findMany({
      where: { merchantId, archivedAt: null },
      select: {
        id: true,
        name: true,
        sku: true,
        barcode: true,
        pricePaise: true,
        stockMilli: true,
        unit: true,
        category: true,
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: POS_PRODUCT_LIMIT,
    }),
    listCustomers(merchantId, { sort: "recent", pageSize: POS_CUSTOMER_LIMIT }),
  ]);
  return {
    shop: {
      name: shop.shopName,
      upiId: shop.upiId,
      upiPayeeName: shop.upiPayeeName,
      timeZone: shop.timeZone,
      scaleBarcode: shop.scaleBarcode,
      sellPastStock: shop.sellPastStock,
      gstStatus: shop.gstStatus,
      stateCode: shop.stateCode,
    },
    products: products.map(({ stockMilli, ...p }): PosProduct => ({ ...p, stock: stockMilli / 1000 })),
    customers: customers.rows.map((c): PosCustomer => ({
      id: c.id,
      name: c.name,
      phone: c.phone,
      duePaise: c.duePaise,
      creditLimitPaise: c.creditLimitPaise,
    })),
    customersComplete: customers.total <= customers.rows.length,
    loadedAt: new Date().toISOString(),
  };
}
