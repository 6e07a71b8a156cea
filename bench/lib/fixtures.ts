// Data made straight in SQL (seconds, not minutes): shops, customers and products with known
// ids. One argon2id hash (the app's settings) made once and shared by every user.
import { hashSync, type Algorithm } from "@node-rs/argon2";
import type pg from "pg";

export const PASSWORD = "Bench@1234";
let hash: string | undefined;
export const passwordHash = () =>
  (hash ??= hashSync(PASSWORD, { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 }));

export type Shop = { userId: string; merchantId: string; email: string };

/** `count` merchants (users + shops) named `${prefix}0..`, in one statement each. */
export async function createShops(pool: pg.Pool, prefix: string, count: number): Promise<Shop[]> {
  await pool.query(
    `INSERT INTO "User" ("id", "role", "name", "email", "phone", "passwordHash", "updatedAt")
     SELECT $1 || '-u' || k, 'MERCHANT', 'Bench owner ' || k, $1 || k || '@bench.local', '6' || lpad((hashtext($1)::bigint & 65535)::text, 5, '0') || lpad(k::text, 4, '0'), $3, now()
     FROM generate_series(0, $2::int - 1) k`,
    [prefix, count, passwordHash()],
  );
  await pool.query(
    `INSERT INTO "Merchant" ("id", "userId", "shopName", "updatedAt")
     SELECT $1 || '-m' || k, $1 || '-u' || k, 'Bench shop ' || $1 || ' ' || k, now() FROM generate_series(0, $2::int - 1) k`,
    [prefix, count],
  );
  return Array.from({ length: count }, (_, k) => ({
    userId: `${prefix}-u${k}`,
    merchantId: `${prefix}-m${k}`,
    email: `${prefix}${k}@bench.local`,
  }));
}

/** `count` customer accounts; logins are `${prefix}${k}@bench.local`. */
export async function createCustomerUsers(
  pool: pg.Pool,
  prefix: string,
  count: number,
): Promise<{ userId: string; email: string }[]> {
  await pool.query(
    `INSERT INTO "User" ("id", "role", "name", "email", "phone", "passwordHash", "updatedAt")
     SELECT $1 || '-u' || k, 'CUSTOMER', 'Bench customer ' || k, $1 || k || '@bench.local', '7' || lpad((hashtext($1)::bigint & 65535)::text, 5, '0') || lpad(k::text, 4, '0'), $3, now()
     FROM generate_series(0, $2::int - 1) k`,
    [prefix, count, passwordHash()],
  );
  return Array.from({ length: count }, (_, k) => ({ userId: `${prefix}-u${k}`, email: `${prefix}${k}@bench.local` }));
}

const WORDS = [
  "Tata",
  "Aashirvaad",
  "Amul",
  "Parle",
  "Britannia",
  "Haldiram",
  "Fortune",
  "Dabur",
  "Patanjali",
  "Everest",
  "MDH",
  "Lijjat",
  "Surf",
  "Nirma",
  "Colgate",
  "Maggi",
];
const THINGS = [
  "Salt",
  "Atta",
  "Butter",
  "Biscuit",
  "Namkeen",
  "Oil",
  "Honey",
  "Ghee",
  "Masala",
  "Papad",
  "Detergent",
  "Soap",
  "Toothpaste",
  "Noodles",
  "Rice",
  "Dal",
];
const CATEGORIES = ["grocery", "oil", "snacks", "dairy", "beverages", "household", "personal care"];

/** `count` products `${idPrefix}-p${k}` with realistic names, each with `stock` units. */
export async function createProducts(
  pool: pg.Pool,
  merchantId: string,
  count: number,
  stock: number,
  idPrefix = merchantId,
): Promise<string[]> {
  await pool.query(
    `INSERT INTO "Product" ("id", "merchantId", "name", "category", "pricePaise", "costPaise", "stockMilli", "sku", "barcode", "createdAt", "updatedAt")
     SELECT $7 || '-p' || k, $1,
            ($4::text[])[1 + k % 16] || ' ' || ($5::text[])[1 + (k / 16) % 16] || ' ' || (50 * (1 + k % 20)) || 'g #' || k,
            ($6::text[])[1 + k % 7], 500 + (k * 37) % 50000, 400 + (k * 37) % 40000, $3, 'SKU-' || k || $8, '89' || lpad(k::text, 11, '0') || $8,
            now() - (k || ' seconds')::interval, now()
     FROM generate_series(0, $2::int - 1) k`,
    // A second batch for the same shop needs its own SKUs and barcodes (unique per shop).
    [
      merchantId,
      count,
      stock * 1000,
      WORDS,
      THINGS,
      CATEGORIES,
      idPrefix,
      idPrefix === merchantId ? "" : `-${idPrefix.slice(-8)}`,
    ],
  );
  await pool.query(`ANALYZE "Product"`);
  return Array.from({ length: count }, (_, k) => `${idPrefix}-p${k}`);
}

/** Words that product searches use (a brand, a thing, a size, a SKU, nothing matching). */
export const SEARCH_TERMS = [
  ...WORDS.map((w) => w.toLowerCase()),
  ...THINGS,
  "250g",
  "SKU-1234",
  "namk",
  "zzz-no-match",
  "ata",
  "oil 5",
];
