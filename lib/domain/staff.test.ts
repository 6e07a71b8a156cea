import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { caught } from "@/lib/test/domain-error";
import { makeMerchant, uniquePhone } from "@/lib/test/factories";
import { recordSale } from "./sales";
import { listSales } from "@/lib/queries/sales-history";
import { createStaff, listStaff, staffByPin } from "./staff";

const cid = () => crypto.randomUUID();

describe("staff", () => {
  it("the owner adds a cashier with a PIN; the PIN finds them; history filters by who sold", async () => {
    const { merchant, user } = await makeMerchant();
    const cashier = await createStaff(merchant.id, user.id, {
      name: "Ravi",
      phone: uniquePhone(),
      password: "Counter123",
      role: "cashier",
      pin: "4821",
    });
    expect(cashier.role).toBe("CASHIER");
    expect(await staffByPin(merchant.id, "4821")).toEqual({ userId: cashier.userId, name: "Ravi", role: "CASHIER" });
    expect(await staffByPin(merchant.id, "0000")).toBeNull();

    await recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", amountPaise: 1_000 });
    const byRavi = await recordSale(merchant.id, cashier.userId, {
      clientId: cid(),
      method: "CASH",
      amountPaise: 2_000,
    });
    const page = await listSales(merchant.id, { createdById: cashier.userId });
    expect(page.rows.map((r) => r.id)).toEqual([byRavi.id]);
  });

  it("only the owner manages staff: a manager is refused, and another shop's PIN finds no one", async () => {
    const { merchant, user } = await makeMerchant();
    const manager = await createStaff(merchant.id, user.id, {
      name: "Meera",
      phone: uniquePhone(),
      password: "Counter123",
      role: "manager",
      pin: "1357",
    });
    const refused = await caught(
      createStaff(merchant.id, manager.userId, {
        name: "X",
        phone: uniquePhone(),
        password: "Counter123",
        role: "cashier",
      }),
    );
    expect(refused.code).toBe("forbidden");
    expect((await caught(listStaff(merchant.id, manager.userId))).code).toBe("forbidden");
    const other = await makeMerchant();
    expect(await staffByPin(other.merchant.id, "1357")).toBeNull();
  });
});
