import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/domain/audit";
import { makeCustomer, makeMerchant, makeProduct, makeUser } from "@/lib/test/factories";
import { auditListFilter } from "@/lib/validation/admin";
import { listAudit } from "./admin";

describe("audit entries name what they touched", () => {
  it("an account, a tab and a product are named; times are read in the shop's zone", async () => {
    const admin = await makeUser("ADMIN");
    const target = await makeUser("CUSTOMER", { name: "Harish Menon" });
    const { merchant } = await makeMerchant({ timeZone: "Asia/Dubai" });
    const tab = await makeCustomer(merchant.id, { name: "Sunita Rao", phone: "9876512345" });
    const product = await makeProduct(merchant.id, { name: "Toor Dal 1kg" });
    await db.$transaction(async (tx) => {
      const base = { actorId: admin.id, actorRole: "ADMIN" as const };
      await writeAudit(tx, {
        ...base,
        merchantId: null,
        action: "admin.user.disable",
        entity: "User",
        entityId: target.id,
      });
      await writeAudit(tx, {
        ...base,
        merchantId: merchant.id,
        action: "customer.credit_limit",
        entity: "Customer",
        entityId: tab.id,
      });
      await writeAudit(tx, {
        ...base,
        merchantId: merchant.id,
        action: "product.update",
        entity: "Product",
        entityId: product.id,
      });
    });
    const page = await listAudit(auditListFilter.parse({ actor: admin.id }));
    const byAction = Object.fromEntries(page.rows.map((r) => [r.action, r]));
    expect(byAction["admin.user.disable"]?.subject).toEqual({ label: "Harish Menon", detail: target.email });
    expect(byAction["customer.credit_limit"]?.subject).toEqual({ label: "Sunita Rao", detail: "9876512345" });
    expect(byAction["product.update"]?.subject?.label).toBe("Toor Dal 1kg");
    expect(byAction["product.update"]?.timeZone).toBe("Asia/Dubai");
    expect(byAction["admin.user.disable"]?.timeZone).toBe("Asia/Kolkata");
  });
});
