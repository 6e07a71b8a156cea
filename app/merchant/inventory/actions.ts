"use server";
// Catalogue writes: parse -> guard -> domain rule -> live event -> revalidate -> typed result.
// Prices arrive in paise: the form converts the typed rupees with parseRupeesToPaise.
import { revalidatePath } from "next/cache";
import { invalidInput, toFailure, type ActionResult } from "@/lib/action-result";
import { requirePermission } from "@/lib/auth/session";
import {
  addCategory,
  adjustStock,
  archiveProduct,
  createProduct,
  restoreProduct,
  updateProduct,
} from "@/lib/domain/inventory";
import { publishEvent } from "@/lib/realtime/publish";
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

/** The list, the product pages, the dashboard's low-stock count and the POS's product list. */
function revalidateCatalogue() {
  revalidatePath("/merchant/inventory", "layout");
  revalidatePath("/merchant");
  revalidatePath("/merchant/pos");
}

async function announce(merchantId: string, productId: string, data?: Record<string, unknown>) {
  await publishEvent({ type: "product.updated", merchantId, id: productId, data });
}

export async function createProductAction(raw: ProductInput): Promise<ActionResult<{ id: string }>> {
  const parsed = productInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requirePermission("edit_prices_stock");
    const p = await createProduct(merchant.id, user.id, parsed.data);
    await announce(merchant.id, p.id, { stock: p.stock });
    revalidateCatalogue();
    return { ok: true, id: p.id };
  } catch (err) {
    return toFailure(err, "createProductAction");
  }
}

export async function updateProductAction(
  productId: string,
  patch: ProductUpdate,
): Promise<ActionResult<{ id: string }>> {
  const id = entityId.safeParse(productId);
  if (!id.success) return invalidInput(id.error);
  const parsed = productUpdate.safeParse(patch);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requirePermission("edit_prices_stock");
    const p = await updateProduct(merchant.id, id.data, parsed.data, user.id);
    await announce(merchant.id, p.id);
    revalidateCatalogue();
    return { ok: true, id: p.id };
  } catch (err) {
    return toFailure(err, "updateProductAction");
  }
}

/** Archive hides a product from sale and lists; restore brings it back. A repeat is harmless. */
export async function setArchivedAction(
  productId: string,
  archived: boolean,
): Promise<ActionResult<{ archived: boolean }>> {
  const id = entityId.safeParse(productId);
  if (!id.success) return invalidInput(id.error);
  try {
    const { user, merchant } = await requirePermission("edit_prices_stock");
    const p = archived
      ? await archiveProduct(merchant.id, user.id, id.data)
      : await restoreProduct(merchant.id, user.id, id.data);
    await announce(merchant.id, p.id, { archived: p.archivedAt !== null });
    revalidateCatalogue();
    return { ok: true, archived: p.archivedAt !== null };
  } catch (err) {
    return toFailure(err, "setArchivedAction");
  }
}

export async function adjustStockAction(raw: StockAdjustment): Promise<ActionResult<{ stock: number }>> {
  const parsed = stockAdjustment.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user, merchant } = await requirePermission("edit_prices_stock");
    const r = await adjustStock(merchant.id, user.id, parsed.data);
    await announce(merchant.id, r.productId, { stock: r.stock });
    revalidateCatalogue();
    return { ok: true, stock: r.stock };
  } catch (err) {
    return toFailure(err, "adjustStockAction");
  }
}

export async function addCategoryAction(name: string): Promise<ActionResult<{ categories: string[]; added: string }>> {
  const parsed = categoryName.safeParse(name);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { merchant } = await requirePermission("edit_prices_stock");
    const categories = await addCategory(merchant.id, parsed.data);
    revalidatePath("/merchant/inventory", "layout");
    return { ok: true, categories, added: parsed.data };
  } catch (err) {
    return toFailure(err, "addCategoryAction");
  }
}
