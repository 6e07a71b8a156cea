import { beforeAll, describe, expect, it } from "vitest";
import { GET as listProducts, POST as createProduct } from "@/app/api/v1/products/route";
import { DELETE as archiveProduct, GET as getProduct, PATCH as patchProduct } from "@/app/api/v1/products/[id]/route";
import { GET as listShops } from "@/app/api/v1/shops/route";
import { GET as shopProducts } from "@/app/api/v1/shops/[id]/products/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { makeMerchant, makeProduct, makeUser, uniq } from "@/lib/test/factories";

type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;

let token: string;
let merchantId: string;

beforeAll(async () => {
  const { user, merchant } = await makeMerchant();
  merchantId = merchant.id;
  ({ token } = await bearerFor(user.id));
});

describe("POST /api/v1/products", () => {
  it("creates a product with lower-case units and integer paise, opening stock as a movement", async () => {
    const res = await callRoute(createProduct, "/api/v1/products", {
      token,
      body: {
        name: "Aashirvaad Atta 5kg",
        category: "Grocery",
        pricePaise: 28_500,
        stock: 12,
        unit: "pack",
        sku: `ATTA-${uniq()}`,
      },
    });
    expect(res.status).toBe(201);
    const p = await json(res);
    expect(p).toMatchObject({
      name: "Aashirvaad Atta 5kg",
      category: "grocery",
      pricePaise: 28_500,
      stock: 12,
      unit: "pack",
      stockState: "in_stock",
      archived: false,
    });
    expect(p.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
    expect(await db.stockMovement.count({ where: { productId: p.id, reason: "INITIAL" } })).toBe(1);
  });

  it("400 with fields for bad input, 409 for a duplicate SKU", async () => {
    const bad = await callRoute(createProduct, "/api/v1/products", {
      token,
      body: { name: "", category: "grocery", pricePaise: 12.5, unit: "KG" },
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields).toMatchObject({
      name: "product_name_required",
      pricePaise: "product_price_invalid",
      unit: "product_unit_invalid",
    });
    const notOurs = await callRoute(createProduct, "/api/v1/products", {
      token,
      body: { name: "Bolt", category: "hardware-xyz", pricePaise: 100 },
    });
    expect(notOurs.status).toBe(400);
    expect((await json(notOurs)).error.fields).toHaveProperty("category");

    const sku = `SKU-${uniq()}`;
    expect(
      (
        await callRoute(createProduct, "/api/v1/products", {
          token,
          body: { name: "Tea", category: "beverages", pricePaise: 100, sku },
        })
      ).status,
    ).toBe(201);
    const dup = await callRoute(createProduct, "/api/v1/products", {
      token,
      body: { name: "Tea 2", category: "beverages", pricePaise: 100, sku },
    });
    expect(dup.status).toBe(409);
    expect((await json(dup)).error).toMatchObject({ code: "duplicate", fields: { sku: expect.any(String) } });
  });
});

describe("GET /api/v1/products", () => {
  it("filters by q, category and lowStock, and walks keyset pages", async () => {
    const { merchant, user } = await makeMerchant();
    const { token: t } = await bearerFor(user.id);
    await makeProduct(merchant.id, { name: "Parle-G Biscuit", category: "snacks", stock: 40 });
    await makeProduct(merchant.id, { name: "Amul Butter", category: "dairy", stock: 2, lowStockThreshold: 5 });
    await makeProduct(merchant.id, { name: "Amul Cheese", category: "dairy", stock: 0 });
    const old = await makeProduct(merchant.id, { name: "Old Soap", category: "household", stock: 9, sku: "SOAP-1" });
    await db.product.update({ where: { id: old.id }, data: { archivedAt: new Date() } });

    const names = async (qs: string) =>
      ((await json(await callRoute(listProducts, `/api/v1/products${qs}`, { token: t }))).items as Json[])
        .map((p) => p.name)
        .sort();
    expect(await names("")).toEqual(["Amul Butter", "Amul Cheese", "Parle-G Biscuit"]);
    expect(await names("?q=amul")).toEqual(["Amul Butter", "Amul Cheese"]);
    expect(await names("?category=DAIRY&lowStock=true")).toEqual(["Amul Butter", "Amul Cheese"]);
    expect(await names("?lowStock=false")).toHaveLength(3);
    expect(await names("?status=archived&q=SOAP-1")).toEqual(["Old Soap"]);
    expect(await names("?q=50%25")).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Json = await json(
        await callRoute(listProducts, `/api/v1/products?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { token: t }),
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((p: Json) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(3);

    const bad = await callRoute(listProducts, "/api/v1/products?limit=500&lowStock=maybe", { token: t });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields).toMatchObject({ limit: "limit_invalid", lowStock: "invalid" });
  });
});

describe("GET / PATCH / DELETE /api/v1/products/{id}", () => {
  it("reads, updates, archives and restores one product", async () => {
    const p = await makeProduct(merchantId, { name: "Tata Salt", stock: 3, lowStockThreshold: 5 });
    const path = `/api/v1/products/${p.id}`;
    const read = await json(await callRoute(getProduct, path, { token, params: { id: p.id } }));
    expect(read).toMatchObject({ id: p.id, name: "Tata Salt", stockState: "low", unit: "piece" });

    const patched = await callRoute(patchProduct, path, {
      token,
      method: "PATCH",
      params: { id: p.id },
      body: { pricePaise: 2_800, unit: "kg", sku: null },
    });
    expect(patched.status).toBe(200);
    expect(await json(patched)).toMatchObject({ pricePaise: 2_800, unit: "kg", sku: null, stock: 3 });

    const gone = await callRoute(archiveProduct, path, { token, method: "DELETE", params: { id: p.id } });
    expect(gone.status).toBe(200);
    expect(await json(gone)).toMatchObject({ archived: true });
    // Repeating the archive is harmless; history keeps the row.
    expect((await callRoute(archiveProduct, path, { token, method: "DELETE", params: { id: p.id } })).status).toBe(200);
    expect(await db.product.count({ where: { id: p.id } })).toBe(1);

    const restored = await json(
      await callRoute(patchProduct, path, { token, method: "PATCH", params: { id: p.id }, body: { archived: false } }),
    );
    expect(restored.archived).toBe(false);
  });

  it("404 for an unknown id, 400 for a malformed one", async () => {
    expect((await callRoute(getProduct, "/api/v1/products/nope123", { token, params: { id: "nope123" } })).status).toBe(
      404,
    );
    const bad = await callRoute(getProduct, "/api/v1/products/..%2Fx", { token, params: { id: "../x" } });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields).toEqual({ id: "id_invalid" });
  });
});

describe("customer browsing: GET /api/v1/shops and /shops/{id}/products", () => {
  it("lists active shops and a shop's products with availability, never cost, SKU or exact stock", async () => {
    const name = `Browse ${uniq()}`;
    const { merchant } = await makeMerchant({ shopName: name });
    await makeProduct(merchant.id, { name: "Maggi", stock: 3, lowStockThreshold: 5, sku: `M-${uniq()}` });
    await makeProduct(merchant.id, { name: "Rin Bar", stock: 0 });
    await makeProduct(merchant.id, { name: "Surf Excel", stock: 50 });
    const shut = await makeMerchant({ shopName: `${name} closed` });
    await db.user.update({ where: { id: shut.user.id }, data: { disabledAt: new Date() } });
    const customer = await makeUser("CUSTOMER");
    const { token: ct } = await bearerFor(customer.id);

    const shops = await json(await callRoute(listShops, `/api/v1/shops?q=${encodeURIComponent(name)}`, { token: ct }));
    expect(shops.items.map((s: Json) => s.name)).toEqual([name]);
    expect(shops.nextCursor).toBeNull();

    const res = await json(
      await callRoute(shopProducts, `/api/v1/shops/${merchant.id}/products?limit=2`, {
        token: ct,
        params: { id: merchant.id },
      }),
    );
    expect(res.shop).toMatchObject({ id: merchant.id, name });
    expect(res.items.map((p: Json) => [p.name, p.availability, p.left])).toEqual([
      ["Maggi", "low", 3],
      ["Surf Excel", "in_stock", null],
    ]);
    for (const p of res.items)
      expect(Object.keys(p).sort()).toEqual(["availability", "category", "id", "left", "name", "pricePaise", "unit"]);
    const next = await json(
      await callRoute(shopProducts, `/api/v1/shops/${merchant.id}/products?cursor=${res.nextCursor}`, {
        token: ct,
        params: { id: merchant.id },
      }),
    );
    expect(next.items.map((p: Json) => [p.name, p.availability])).toEqual([["Rin Bar", "out"]]);
    expect(next.nextCursor).toBeNull();

    expect(
      (
        await callRoute(shopProducts, `/api/v1/shops/${shut.merchant.id}/products`, {
          token: ct,
          params: { id: shut.merchant.id },
        })
      ).status,
    ).toBe(404);
    const badCursor = await callRoute(listShops, "/api/v1/shops?cursor=garbage", { token: ct });
    expect(badCursor.status).toBe(400);
    expect((await json(badCursor)).error.fields).toEqual({ cursor: "cursor_invalid" });
  });
});
