// Test data builders: every test makes its own shop, people and products.
import crypto from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";

let seq = 0;
export const uniq = () => `${Date.now().toString(36)}${(++seq).toString(36)}${crypto.randomBytes(3).toString("hex")}`;
/** A valid-looking Indian mobile number, unique per call. */
export const uniquePhone = () => `9${String(crypto.randomInt(0, 999_999_999)).padStart(9, "0")}`;
export const TEST_PASSWORD = "Test@1234";
const hashes = new Map<string, Promise<string>>();
/** One argon2id hash per distinct password for the whole run (hashing is slow on purpose). */
const hashOnce = (plain: string) => {
  if (!hashes.has(plain)) hashes.set(plain, hashPassword(plain));
  return hashes.get(plain)!;
};

export async function makeUser(
  role: "ADMIN" | "MERCHANT" | "CUSTOMER",
  over: Partial<{ name: string; email: string; phone: string; password: string }> = {},
) {
  const u = uniq();
  return db.user.create({
    data: {
      role,
      name: over.name ?? `Test ${role.toLowerCase()} ${u}`,
      email: over.email ?? `${role.toLowerCase()}-${u}@test.in`,
      phone: over.phone ?? uniquePhone(),
      passwordHash: await hashOnce(over.password ?? TEST_PASSWORD),
    },
  });
}

export async function makeMerchant(
  over: Partial<{ shopName: string; creditCategories: string[]; upiId: string | null; timeZone: string }> = {},
) {
  const user = await makeUser("MERCHANT");
  const merchant = await db.merchant.create({
    data: {
      userId: user.id,
      shopName: over.shopName ?? `Shop ${uniq()}`,
      upiId: over.upiId === undefined ? "testshop@okaxis" : over.upiId,
      timeZone: over.timeZone ?? "Asia/Kolkata",
    },
  });
  return { user, merchant };
}

export async function makeProduct(
  merchantId: string,
  over: Partial<{
    name: string;
    pricePaise: number;
    stock: number;
    category: string;
    sku: string;
    lowStockThreshold: number;
    unit: "PIECE" | "KG" | "G" | "LITRE" | "ML" | "PACK" | "DOZEN";
  }> = {},
) {
  const stock = over.stock ?? 50;
  return db.$transaction(async (tx) => {
    const p = await tx.product.create({
      data: {
        merchantId,
        name: over.name ?? `Product ${uniq()}`,
        category: over.category ?? "grocery",
        pricePaise: over.pricePaise ?? 10_000,
        stockMilli: stock * 1000,
        unit: over.unit ?? "PIECE",
        sku: over.sku ?? null,
        lowStockThreshold: over.lowStockThreshold ?? 5,
      },
    });
    if (stock !== 0)
      await tx.stockMovement.create({
        data: { merchantId, productId: p.id, quantityMilli: stock * 1000, reason: "INITIAL" },
      });
    return p;
  });
}

export async function makeCustomer(
  merchantId: string,
  over: Partial<{ name: string; phone: string; userId: string; creditLimitPaise: number | null }> = {},
) {
  return db.customer.create({
    data: {
      merchantId,
      name: over.name ?? `Customer ${uniq()}`,
      phone: over.phone ?? uniquePhone(),
      userId: over.userId ?? null,
      creditLimitPaise: over.creditLimitPaise ?? null,
    },
  });
}
