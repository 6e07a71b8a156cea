import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeCustomer, makeMerchant } from "@/lib/test/factories";
import { getSale, recordSale } from "./sales";

const cid = () => crypto.randomUUID();

describe("pay-later receipts", () => {
  it("carry the tab's new balance (previous due = balance - bill), when made and when reprinted", async () => {
    const { merchant, user } = await makeMerchant();
    const c = await makeCustomer(merchant.id);
    await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CREDIT",
      customerId: c.id,
      amountPaise: 20_000,
    });
    const second = await recordSale(merchant.id, user.id, {
      clientId: cid(),
      method: "CREDIT",
      customerId: c.id,
      amountPaise: 5_000,
    });
    expect(second.balanceAfterPaise).toBe(25_000);
    // A later sale does not change what the earlier receipt prints.
    await recordSale(merchant.id, user.id, { clientId: cid(), method: "CREDIT", customerId: c.id, amountPaise: 1_000 });
    expect((await getSale(merchant.id, second.id)).balanceAfterPaise).toBe(25_000);
    const cash = await recordSale(merchant.id, user.id, { clientId: cid(), method: "CASH", amountPaise: 1_000 });
    expect(cash.balanceAfterPaise).toBeUndefined();
  });
});
