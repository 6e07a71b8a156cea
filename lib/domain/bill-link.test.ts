import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant } from "@/lib/test/factories";
import { billLinkPath, readPublicBill, revokeBillLink } from "./bill-link";
import { recordSale } from "./sales";

describe("public bill links", () => {
  it("open one bill without signing in, never the customer's phone; tampered or revoked links show nothing", async () => {
    const { merchant, user } = await makeMerchant();
    const c = await makeCustomer(merchant.id, { name: "Asha" });
    const sale = await recordSale(merchant.id, user.id, {
      clientId: crypto.randomUUID(),
      method: "CREDIT",
      customerId: c.id,
      amountPaise: 2_500,
    });
    const token = billLinkPath(sale.bill!.id).slice(3);
    const b = await readPublicBill(token);
    expect(b?.bill.number).toBe(sale.bill!.number);
    expect(b?.sale.customerName).toBe("Asha");
    expect(JSON.stringify(b)).not.toContain(c.phone!);
    expect(await readPublicBill(token.slice(0, -2) + "xx")).toBeNull();
    expect(await readPublicBill(`${sale.id}.${token.split(".")[1]}`)).toBeNull(); // a signature is per bill
    const other = await makeMerchant();
    await expect(revokeBillLink(other.merchant.id, other.user.id, sale.bill!.id)).rejects.toThrow();
    await revokeBillLink(merchant.id, user.id, sale.bill!.id);
    expect(await readPublicBill(token)).toBeNull();
    expect(await db.auditLog.count({ where: { merchantId: merchant.id, action: "bill_link.revoke" } })).toBe(1);
  });
});
