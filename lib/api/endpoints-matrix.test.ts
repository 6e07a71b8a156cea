// The role and tenant matrix: every endpoint of issue 8 called with no credentials (401), by a
// role it is not for (403), and by another shop's merchant or another customer, who must get a
// 404 or a list without the first tenant's rows, never their data.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as customerById from "@/app/api/v1/customers/[id]/route";
import * as customers from "@/app/api/v1/customers/route";
import * as customerDash from "@/app/api/v1/dashboard/customer/route";
import * as merchantDash from "@/app/api/v1/dashboard/merchant/route";
import * as orderById from "@/app/api/v1/orders/[id]/route";
import * as orders from "@/app/api/v1/orders/route";
import * as payments from "@/app/api/v1/payments/route";
import * as productById from "@/app/api/v1/products/[id]/route";
import * as products from "@/app/api/v1/products/route";
import * as voids from "@/app/api/v1/sales/[id]/void/route";
import * as sales from "@/app/api/v1/sales/route";
import * as shopProducts from "@/app/api/v1/shops/[id]/products/route";
import * as shops from "@/app/api/v1/shops/route";
import * as transactions from "@/app/api/v1/transactions/route";
import type { RouteHandler } from "@/lib/api/handler";
import { isMethodNotAllowedHandler } from "@/lib/api/handler";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant, makeProduct, makeUser } from "@/lib/test/factories";

type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;
const uuid = () => crypto.randomUUID();

// Shop A with a product, Priya's tab (linked to her account), a credit sale and her order.
// Shop B and customer Ravi are the other tenants; the admin is a role no endpoint here allows.
const w = {} as {
  shopA: string;
  merchantA: string;
  merchantB: string;
  priya: string;
  ravi: string;
  admin: string;
  product: string;
  productName: string;
  tab: string;
  sale: string;
  saleClientId: string;
  order: string;
  orderClientId: string;
};

beforeAll(async () => {
  const [a, b] = [await makeMerchant(), await makeMerchant()];
  const [priya, ravi, admin] = [await makeUser("CUSTOMER"), await makeUser("CUSTOMER"), await makeUser("ADMIN")];
  const token = async (userId: string) => (await bearerFor(userId)).token;
  Object.assign(w, {
    shopA: a.merchant.id,
    merchantA: await token(a.user.id),
    merchantB: await token(b.user.id),
    priya: await token(priya.id),
    ravi: await token(ravi.id),
    admin: await token(admin.id),
  });
  const p = await makeProduct(a.merchant.id, { name: `Matrix Ghee ${uuid().slice(0, 8)}`, stock: 50 });
  Object.assign(w, {
    product: p.id,
    productName: p.name,
    tab: (await makeCustomer(a.merchant.id, { userId: priya.id })).id,
  });
  w.saleClientId = uuid();
  w.sale = (
    await json(
      await callRoute(sales.POST, "/api/v1/sales", {
        token: w.merchantA,
        body: { clientId: w.saleClientId, payment: "pay_later", customerId: w.tab, amountPaise: 40_000 },
      }),
    )
  ).id;
  w.orderClientId = uuid();
  w.order = (
    await json(
      await callRoute(orders.POST, "/api/v1/orders", {
        token: w.priya,
        body: {
          shopId: w.shopA,
          items: [{ productId: w.product, quantity: 1 }],
          paymentMethod: "cash",
          clientId: w.orderClientId,
        },
      }),
    )
  ).id;
});

type Row = {
  name: string;
  handler: RouteHandler;
  path: () => string;
  params?: () => Record<string, string>;
  body?: () => Json;
  roles: "MERCHANT" | "CUSTOMER" | "BOTH";
  /** The other tenant's call and what proves it saw nothing of tenant A. */
  tenant: (self: Row) => Promise<void>;
};

const call = (row: Row, token?: string, over: { body?: Json; path?: string } = {}) =>
  callRoute(row.handler, over.path ?? row.path(), {
    token,
    params: row.params?.(),
    body: over.body ?? row.body?.(),
    method: methodOf(row),
  });
const methodOf = (row: Row) => row.name.split(" ")[0]!;
const idsOf = async (res: Response) => {
  expect(res.status).toBe(200);
  return ((await json(res)).items as Json[]).map((i) => i.id as string);
};
const is404 = async (res: Response) => {
  expect(res.status).toBe(404);
  expect((await json(res)).error.code).toBe("not_found");
};

const rows: Row[] = [
  {
    name: "GET /products",
    handler: products.GET,
    path: () => "/api/v1/products",
    roles: "MERCHANT",
    tenant: async (self) =>
      expect(
        await idsOf(await call(self, w.merchantB, { path: `/api/v1/products?q=${encodeURIComponent(w.productName)}` })),
      ).toEqual([]),
  },
  {
    name: "POST /products",
    handler: products.POST,
    path: () => "/api/v1/products",
    roles: "MERCHANT",
    body: () => ({ name: "Tenant B soap", category: "household", pricePaise: 4_000 }),
    tenant: async (self) => {
      const made = await json(await call(self, w.merchantB));
      await is404(
        await callRoute(productById.GET, `/api/v1/products/${made.id}`, {
          token: w.merchantA,
          params: { id: made.id },
        }),
      );
    },
  },
  ...(["GET", "PATCH", "DELETE"] as const).map((m): Row => ({
    name: `${m} /products/{id}`,
    handler: productById[m],
    path: () => `/api/v1/products/${w.product}`,
    params: () => ({ id: w.product }),
    roles: "MERCHANT",
    body: m === "PATCH" ? () => ({ pricePaise: 1 }) : undefined,
    tenant: async () => {
      await is404(
        await callRoute(productById[m], `/api/v1/products/${w.product}`, {
          token: w.merchantB,
          method: m,
          params: { id: w.product },
          body: m === "PATCH" ? { pricePaise: 1 } : undefined,
        }),
      );
      expect(await db.product.findUniqueOrThrow({ where: { id: w.product } })).toMatchObject({
        archivedAt: null,
        pricePaise: 10_000,
      });
    },
  })),
  {
    name: "GET /shops",
    handler: shops.GET,
    path: () => "/api/v1/shops?limit=200",
    roles: "CUSTOMER",
    // The shop list is public to every customer, but carries no owner, UPI or account fields.
    tenant: async (self) => {
      for (const s of (await json(await call(self, w.ravi))).items as Json[]) {
        expect(Object.keys(s).sort()).toEqual([
          "address",
          "area",
          "businessType",
          "city",
          "id",
          "name",
          "pinCode",
          "state",
        ]);
      }
    },
  },
  {
    name: "GET /shops/{id}/products",
    handler: shopProducts.GET,
    path: () => `/api/v1/shops/${w.shopA}/products`,
    params: () => ({ id: w.shopA }),
    roles: "CUSTOMER",
    tenant: async (self) => {
      const items = (await json(await call(self, w.ravi))).items as Json[];
      expect(items.find((p) => p.id === w.product)).toEqual(
        expect.not.objectContaining({ stock: expect.anything(), costPaise: expect.anything(), sku: expect.anything() }),
      );
      expect(items.find((p) => p.id === w.product)?.left).toBeNull();
    },
  },
  {
    name: "POST /orders",
    handler: orders.POST,
    path: () => "/api/v1/orders",
    roles: "CUSTOMER",
    body: () => ({
      shopId: w.shopA,
      items: [{ productId: w.product, quantity: 1 }],
      paymentMethod: "cash",
      clientId: uuid(),
    }),
    tenant: async (self) => {
      // Replaying Priya's checkout id must not hand Ravi her order.
      const replay = await call(self, w.ravi, {
        body: {
          shopId: w.shopA,
          items: [{ productId: w.product, quantity: 1 }],
          paymentMethod: "cash",
          clientId: w.orderClientId,
        },
      });
      expect(replay.status).toBe(409);
      expect(JSON.stringify(await json(replay))).not.toContain(w.order);
    },
  },
  {
    name: "GET /orders",
    handler: orders.GET,
    path: () => "/api/v1/orders",
    roles: "BOTH",
    tenant: async (self) => {
      expect(await idsOf(await call(self, w.merchantB))).not.toContain(w.order);
      expect(await idsOf(await call(self, w.ravi))).toEqual([]);
    },
  },
  {
    name: "GET /orders/{id}",
    handler: orderById.GET,
    path: () => `/api/v1/orders/${w.order}`,
    params: () => ({ id: w.order }),
    roles: "BOTH",
    tenant: async (self) => {
      await is404(await call(self, w.merchantB));
      await is404(await call(self, w.ravi));
    },
  },
  {
    name: "PATCH /orders/{id}",
    handler: orderById.PATCH,
    path: () => `/api/v1/orders/${w.order}`,
    params: () => ({ id: w.order }),
    roles: "MERCHANT",
    body: () => ({ status: "accepted" }),
    tenant: async (self) => {
      await is404(await call(self, w.merchantB));
      expect((await db.order.findUniqueOrThrow({ where: { id: w.order } })).status).toBe("PLACED");
    },
  },
  {
    name: "POST /sales",
    handler: sales.POST,
    path: () => "/api/v1/sales",
    roles: "MERCHANT",
    body: () => ({ clientId: uuid(), payment: "cash", amountPaise: 100 }),
    tenant: async (self) => {
      await is404(
        await call(self, w.merchantB, {
          body: { clientId: uuid(), payment: "pay_later", customerId: w.tab, amountPaise: 100 },
        }),
      );
      await is404(
        await call(self, w.merchantB, {
          body: { clientId: uuid(), payment: "cash", items: [{ productId: w.product, quantity: 1 }] },
        }),
      );
      // Client ids are per shop: shop A's id makes B a sale of its own, never A's receipt.
      const own = await call(self, w.merchantB, {
        body: { clientId: w.saleClientId, payment: "cash", amountPaise: 100 },
      });
      expect(own.status).toBe(201);
      expect((await json(own)).id).not.toBe(w.sale);
    },
  },
  {
    name: "POST /sales/{id}/void",
    handler: voids.POST,
    path: () => `/api/v1/sales/${w.sale}/void`,
    params: () => ({ id: w.sale }),
    roles: "MERCHANT",
    body: () => ({ reason: "Not mine" }),
    tenant: async (self) => {
      await is404(await call(self, w.merchantB));
      expect(await db.transaction.count({ where: { voidsId: w.sale } })).toBe(0);
    },
  },
  {
    name: "POST /payments",
    handler: payments.POST,
    path: () => "/api/v1/payments",
    roles: "MERCHANT",
    body: () => ({ customerId: w.tab, amountPaise: 100, method: "cash", clientId: uuid() }),
    tenant: async (self) => {
      await is404(await call(self, w.merchantB));
      expect(await db.transaction.count({ where: { customerId: w.tab, type: "PAYMENT" } })).toBe(0);
    },
  },
  {
    name: "GET /transactions",
    handler: transactions.GET,
    path: () => "/api/v1/transactions",
    roles: "BOTH",
    tenant: async (self) => {
      expect(await idsOf(await call(self, w.merchantB))).not.toContain(w.sale);
      expect(await idsOf(await call(self, w.ravi))).toEqual([]);
      expect(await idsOf(await call(self, w.ravi, { path: `/api/v1/transactions?customerId=${w.tab}` }))).toEqual([]);
    },
  },
  {
    name: "GET /customers",
    handler: customers.GET,
    path: () => "/api/v1/customers",
    roles: "MERCHANT",
    tenant: async (self) => expect(await idsOf(await call(self, w.merchantB))).not.toContain(w.tab),
  },
  {
    name: "GET /customers/{id}",
    handler: customerById.GET,
    path: () => `/api/v1/customers/${w.tab}`,
    params: () => ({ id: w.tab }),
    roles: "MERCHANT",
    tenant: async (self) => is404(await call(self, w.merchantB)),
  },
  {
    name: "GET /dashboard/merchant",
    handler: merchantDash.GET,
    path: () => "/api/v1/dashboard/merchant?period=today",
    roles: "MERCHANT",
    tenant: async (self) => {
      const d = await json(await call(self, w.merchantB));
      expect(d.methods.pay_later.amountPaise).toBe(0);
      expect(d.dues.totalPaise).toBe(0);
      expect(d.openOrders).toBe(0);
    },
  },
  {
    name: "GET /dashboard/customer",
    handler: customerDash.GET,
    path: () => "/api/v1/dashboard/customer",
    roles: "CUSTOMER",
    tenant: async (self) =>
      expect(await json(await call(self, w.ravi))).toEqual({ duePaise: 0, advancePaise: 0, shopCount: 0 }),
  },
];

describe("role and tenant matrix", () => {
  it("covers every operation of the issue-8 route files", () => {
    const exported = [
      products,
      productById,
      shops,
      shopProducts,
      orders,
      orderById,
      sales,
      voids,
      payments,
      transactions,
      customers,
      customerById,
      merchantDash,
      customerDash,
    ].flatMap((m) =>
      ["GET", "POST", "PATCH", "DELETE"].filter(
        (k) => k in m && !isMethodNotAllowedHandler((m as Record<string, unknown>)[k]),
      ),
    ).length;
    expect(rows).toHaveLength(exported);
  });

  it.each(rows.map((r) => [r.name, r] as const))(
    "%s: 401 without credentials, 403 for the wrong role, nothing of another tenant",
    async (_name, row) => {
      const none = await call(row);
      expect(none.status).toBe(401);
      expect((await json(none)).error.code).toBe("unauthorized");

      const wrong =
        row.roles === "MERCHANT" ? [w.priya, w.admin] : row.roles === "CUSTOMER" ? [w.merchantA, w.admin] : [w.admin];
      for (const token of wrong) {
        const res = await call(row, token);
        expect(res.status).toBe(403);
        expect((await json(res)).error.code).toBe("forbidden");
      }
      await row.tenant(row);
    },
  );
});
