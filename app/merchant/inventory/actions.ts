"use server";
// Catalogue writes: adapters over lib/usecases/products. Prices arrive in paise: the form
// converts the typed rupees with parseRupeesToPaise.
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { defineAction } from "@/lib/usecases/action";
import { addCategory, adjustStock, createProduct, setArchived, updateProduct } from "@/lib/usecases/products";
import { entityId } from "@/lib/validation/common";
import {
  categoryName,
  productInput,
  productUpdate,
  stockAdjustment,
  type ProductInput,
  type ProductUpdate,
  type StockAdjustment,
} from "@/lib/validation/product";

const create = defineAction(
  { name: "createProductAction", actor: "merchant", permission: "edit_prices_stock", input: productInput },
  (input, actor) => createProduct(actor, input),
  (p) => ({ id: p.id }),
);

export async function createProductAction(raw: ProductInput): Promise<ActionResult<{ id: string }>> {
  return create(raw);
}

const update = defineAction(
  {
    name: "updateProductAction",
    actor: "merchant",
    permission: "edit_prices_stock",
    input: z.object({ productId: entityId, patch: productUpdate }),
  },
  (i, actor) => updateProduct(actor, i.productId, i.patch),
  (p) => ({ id: p.id }),
);

export async function updateProductAction(
  productId: string,
  patch: ProductUpdate,
): Promise<ActionResult<{ id: string }>> {
  const r = await update({ productId, patch });
  // The form knows its fields by name (price, not patch.price).
  return r.ok || !r.fields
    ? r
    : { ...r, fields: Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k.replace(/^patch\./, ""), v])) };
}

const archive = defineAction(
  {
    name: "setArchivedAction",
    actor: "merchant",
    permission: "edit_prices_stock",
    input: z.object({ productId: entityId, archived: z.boolean() }),
  },
  (i, actor) => setArchived(actor, i.productId, i.archived),
  (p) => ({ archived: p.archivedAt !== null }),
);

/** Archive hides a product from sale and lists; restore brings it back. A repeat is harmless. */
export async function setArchivedAction(
  productId: string,
  archived: boolean,
): Promise<ActionResult<{ archived: boolean }>> {
  return archive({ productId, archived });
}

const adjust = defineAction(
  { name: "adjustStockAction", actor: "merchant", permission: "edit_prices_stock", input: stockAdjustment },
  (input, actor) => adjustStock(actor, input),
  (r) => ({ stock: r.stock }),
);

export async function adjustStockAction(raw: StockAdjustment): Promise<ActionResult<{ stock: number }>> {
  return adjust(raw);
}

const category = defineAction(
  { name: "addCategoryAction", actor: "merchant", permission: "edit_prices_stock", input: categoryName },
  (name, actor) => addCategory(actor, name),
);

export async function addCategoryAction(name: string): Promise<ActionResult<{ categories: string[]; added: string }>> {
  return category(name);
}
