// The world of the wrong-caller drill: shop A with private data (a tab, a credit sale, a
// payment, a customer's order) carrying the marker ZZPRIV-A, shop B, customers A and B, an
// admin; bearer tokens and web session cookies for each. Nobody but A's merchant and A's
// customer may ever see the marker or the ids of those rows.
import crypto from "node:crypto";
import { createCustomerUsers, createProducts, createShops, PASSWORD, passwordHash } from "./fixtures";
import { apiLogin, json, request, webLogin } from "./http";
import type { Stack } from "./stack";

export const MARKER = "ZZPRIV-A";
export type CallerName = "anonymous" | "admin" | "merchantA" | "merchantB" | "customerA" | "customerB";
export type Caller = {
  name: CallerName;
  role: "ADMIN" | "MERCHANT" | "CUSTOMER" | null;
  token?: string;
  cookie?: string;
  owner: boolean;
};

export type World = {
  callers: Caller[];
  shopA: string;
  productA: string;
  tabA: string; // shop A's khata row for the walk-up customer
  customerRowA: string; // shop A's row for customer A (made by the order)
  customerUserA: string;
  saleA: string;
  orderA: string;
  paymentA: string;
  /** Strings no wrong caller may see. */
  secrets: string[];
};

async function ok<T>(p: Promise<{ status: number; text: string }>, what: string): Promise<T> {
  const r = await p;
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${r.text.slice(0, 300)}`);
  return JSON.parse(r.text) as T;
}

export async function makeWorld(stack: Stack): Promise<World> {
  const [a, b] = await createShops(stack.pool, "wcm", 2);
  const [cA, cB] = await createCustomerUsers(stack.pool, "wcc", 2);
  await stack.pool.query(`UPDATE "User" SET "name" = $1 WHERE "id" = $2`, [`${MARKER} Person`, cA!.userId]);
  await stack.pool.query(
    `INSERT INTO "User" ("id", "role", "name", "email", "phone", "passwordHash", "updatedAt") VALUES ('wc-admin', 'ADMIN', 'Bench admin', 'wcadmin@bench.local', '6999999999', $1, now())`,
    [passwordHash()],
  );
  const [productA] = await createProducts(stack.pool, a!.merchantId, 3, 1000);
  await createProducts(stack.pool, b!.merchantId, 3, 1000);

  const tokenMA = await apiLogin(stack.baseUrl, a!.email, PASSWORD);
  const tokenCA = await apiLogin(stack.baseUrl, cA!.email, PASSWORD);
  const sale = await ok<{ id: string; customer: { id: string } }>(
    request(stack.baseUrl, "/api/v1/sales", {
      token: tokenMA,
      body: {
        clientId: crypto.randomUUID(),
        payment: "pay_later",
        customerPhone: "9000012345",
        customerName: `${MARKER} Tab`,
        note: `${MARKER} sale note`,
        items: [{ productId: productA, quantity: 2 }],
      },
    }),
    "sale as merchant A",
  );
  const payment = await ok<{ id: string }>(
    request(stack.baseUrl, "/api/v1/payments", {
      token: tokenMA,
      body: {
        customerId: sale.customer.id,
        amountPaise: 100,
        method: "cash",
        clientId: crypto.randomUUID(),
        note: `${MARKER} payment note`,
      },
    }),
    "payment as merchant A",
  );
  const order = await ok<{ id: string; customerId: string }>(
    request(stack.baseUrl, "/api/v1/orders", {
      token: tokenCA,
      body: {
        shopId: a!.merchantId,
        items: [{ productId: productA, quantity: 1 }],
        paymentMethod: "cash",
        clientId: crypto.randomUUID(),
        note: `${MARKER} order note`,
      },
    }),
    "order as customer A",
  );

  const login = async (
    name: CallerName,
    role: Caller["role"],
    email: string | null,
    owner: boolean,
  ): Promise<Caller> =>
    email
      ? {
          name,
          role,
          owner,
          token: await apiLogin(stack.baseUrl, email, PASSWORD),
          cookie: await webLogin(stack.baseUrl, email, PASSWORD),
        }
      : { name, role, owner };
  const callers = [
    await login("anonymous", null, null, false),
    await login("admin", "ADMIN", "wcadmin@bench.local", false),
    await login("merchantA", "MERCHANT", a!.email, true),
    await login("merchantB", "MERCHANT", b!.email, false),
    await login("customerA", "CUSTOMER", cA!.email, true),
    await login("customerB", "CUSTOMER", cB!.email, false),
  ];
  const world = {
    callers,
    shopA: a!.merchantId,
    productA: productA!,
    tabA: sale.customer.id,
    customerRowA: order.customerId,
    customerUserA: cA!.userId,
    saleA: sale.id,
    orderA: order.id,
    paymentA: payment.id,
  };
  return {
    ...world,
    secrets: [MARKER, world.tabA, world.customerRowA, world.saleA, world.orderA, world.paymentA, "9000012345"],
  };
}

/** A fingerprint of shop A's rows: a wrong caller's write must not change it. */
export async function fingerprintA(stack: Stack, shopA: string): Promise<string> {
  const { rows } = await stack.pool.query<{ t: string }>(
    `
    SELECT md5(string_agg(x, '|' ORDER BY x)) AS t FROM (
      SELECT 'p' || "id" || "name" || "pricePaise" || "stockMilli" || coalesce("archivedAt"::text, '') AS x FROM "Product" WHERE "merchantId" = $1
      UNION ALL SELECT 't' || "id" || "type" || "amountPaise" FROM "Transaction" WHERE "merchantId" = $1
      UNION ALL SELECT 'o' || "id" || "status" FROM "Order" WHERE "merchantId" = $1
      UNION ALL SELECT 'c' || "id" || "name" || coalesce("creditLimitPaise"::text, '') FROM "Customer" WHERE "merchantId" = $1) s`,
    [shopA],
  );
  return rows[0]!.t;
}

export const leaks = (text: string, secrets: string[]) => secrets.filter((s) => text.includes(s));

export { json };
