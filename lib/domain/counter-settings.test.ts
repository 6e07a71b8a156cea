import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { caught } from "@/lib/test/domain-error";
import { makeMerchant } from "@/lib/test/factories";
import { getCounterSettings, updateCounterSettings } from "./counter-settings";

describe("counter settings", () => {
  it("default to selling past stock with weight barcodes; a change is saved and audited", async () => {
    const { merchant, user } = await makeMerchant();
    expect(await getCounterSettings(merchant.id)).toEqual({ sellPastStock: true, scaleBarcode: "WEIGHT" });
    await updateCounterSettings(merchant.id, user.id, { sellPastStock: false, scaleBarcode: "PRICE" });
    expect(await getCounterSettings(merchant.id)).toEqual({ sellPastStock: false, scaleBarcode: "PRICE" });
    expect(await db.auditLog.count({ where: { merchantId: merchant.id, action: "shop.counter_settings" } })).toBe(1);
    expect(
      (await caught(updateCounterSettings(merchant.id, user.id, { sellPastStock: true, scaleBarcode: "X" }))).code,
    ).toBe("invalid_input");
  });
});
