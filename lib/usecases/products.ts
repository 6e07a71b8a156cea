// The catalogue: add, change, archive/restore, adjust stock, add a category.
import "server-only";
import {
  addCategory as addCategoryRule,
  adjustStock as adjustStockRule,
  archiveProduct,
  createProduct as createProductRule,
  restoreProduct,
  updateProduct as updateProductRule,
  type ProductDto,
} from "@/lib/domain/inventory";
import { applyImport } from "@/lib/domain/product-import";
import type { ProductInput, ProductUpdate, StockAdjustment } from "@/lib/validation/product";
import { outcome, type MerchantActor } from "./core";
import { announce } from "./events";
import { REFRESH } from "./refresh";

const facts = (p: ProductDto) => ({ stock: p.stock, archived: p.archivedAt !== null });

export async function createProduct(actor: MerchantActor, input: ProductInput) {
  const p = await createProductRule(actor.merchantId, actor.userId, input);
  await announce.productUpdated(actor.merchantId, p.id, { stock: p.stock });
  return outcome(p, REFRESH.catalogue);
}

const archiveOrRestore = (actor: MerchantActor, productId: string, archived: boolean) =>
  archived
    ? archiveProduct(actor.merchantId, actor.userId, productId)
    : restoreProduct(actor.merchantId, actor.userId, productId);

/** Change a product's details and, when asked, archive or restore it in the same step. */
export async function updateProduct(actor: MerchantActor, productId: string, patch: ProductUpdate, archived?: boolean) {
  let p = await updateProductRule(actor.merchantId, productId, patch, actor.userId);
  if (archived !== undefined) p = await archiveOrRestore(actor, productId, archived);
  await announce.productUpdated(actor.merchantId, p.id, facts(p));
  return outcome(p, REFRESH.catalogue);
}

/** Archive hides a product from sale and lists; restore brings it back. A repeat is harmless. */
export async function setArchived(actor: MerchantActor, productId: string, archived: boolean) {
  const p = await archiveOrRestore(actor, productId, archived);
  await announce.productUpdated(actor.merchantId, p.id, facts(p));
  return outcome(p, REFRESH.catalogue);
}

export async function adjustStock(actor: MerchantActor, input: StockAdjustment) {
  const r = await adjustStockRule(actor.merchantId, actor.userId, input);
  await announce.productUpdated(actor.merchantId, r.productId, { stock: r.stock });
  return outcome(r, REFRESH.catalogue);
}

export async function addCategory(actor: MerchantActor, name: string) {
  const categories = await addCategoryRule(actor.merchantId, name);
  return outcome({ categories, added: name }, REFRESH.inventory);
}

/** Apply a CSV import (the preview is a read); one event for the whole batch. */
export async function importProducts(actor: MerchantActor, text: string, opts: { validOnly?: boolean } = {}) {
  const result = await applyImport(actor.merchantId, actor.userId, text, opts);
  await announce.productUpdated(actor.merchantId, "import", { ...result });
  return outcome(result, REFRESH.catalogue);
}
