import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { updateShopProfile, updateShopUpi } from "@/lib/domain/shop-settings";
import { makeMerchant } from "@/lib/test/factories";
import { shopProfileSchema, shopUpiSchema } from "@/lib/validation/shop";

const profile = (over: Record<string, string> = {}) => ({
  shopName: "Sharma General Store",
  ownerName: "Ramesh Sharma",
  phone: "+91 98100 00001",
  addressLine: "12, Johari Bazaar",
  area: "Johari Bazaar",
  city: "Jaipur",
  state: "Rajasthan",
  pinCode: "302003",
  gstin: "08aapfu0939f1zv",
  businessType: "kirana",
  timeZone: "Asia/Kolkata",
  receiptFooter: "Thank you, visit again!",
  ...over,
});

async function shop() {
  const { user, merchant } = await makeMerchant({ upiId: null });
  return { actor: { userId: user.id, merchantId: merchant.id }, merchant };
}

const audits = (merchantId: string) =>
  db.auditLog.findMany({ where: { merchantId, action: "shop.update" }, orderBy: { createdAt: "asc" } });

async function domainError(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
}

describe("updateShopProfile", () => {
  it("saves the normalised profile and audits only the fields that changed", async () => {
    const { actor, merchant } = await shop();
    const changed = await updateShopProfile(actor, profile());
    expect(changed).toContain("gstin");
    const saved = await db.merchant.findUniqueOrThrow({ where: { id: merchant.id } });
    expect(saved).toMatchObject({
      shopName: "Sharma General Store",
      phone: "9810000001",
      gstin: "08AAPFU0939F1ZV",
      pinCode: "302003",
      timeZone: "Asia/Kolkata",
    });

    await updateShopProfile(actor, profile({ city: "Ajmer", gstin: "" }));
    const rows = await audits(merchant.id);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      actorId: actor.userId,
      actorRole: "MERCHANT",
      entity: "Merchant",
      entityId: merchant.id,
      before: { city: "Jaipur", gstin: "08AAPFU0939F1ZV" },
      after: { city: "Ajmer", gstin: null },
    });

    expect(await updateShopProfile(actor, profile({ city: "Ajmer", gstin: "" }))).toEqual([]); // nothing changed, nothing audited
    expect(await audits(merchant.id)).toHaveLength(2);
  });

  it("refuses a bad GSTIN, PIN code, phone, business type and time zone with a key per field, writing nothing", async () => {
    const { actor, merchant } = await shop();
    const err = await domainError(
      updateShopProfile(
        actor,
        profile({
          gstin: "27AAPFU0939F1ZW",
          pinCode: "30200",
          phone: "12345",
          businessType: "casino",
          timeZone: "Mars/Base",
        }),
      ),
    );
    expect(err.code).toBe("invalid_input");
    expect(err.fields).toEqual({
      gstin: "gstin_invalid",
      pinCode: "pin_invalid",
      phone: "phone_invalid",
      businessType: "invalid",
      timeZone: "timezone_invalid",
    });
    expect((await db.merchant.findUniqueOrThrow({ where: { id: merchant.id } })).shopName).toBe(merchant.shopName);
    expect(await audits(merchant.id)).toHaveLength(0);
  });

  it("accepts what the form's own parse produced (the action parses, the domain parses again)", async () => {
    const { actor, merchant } = await shop();
    await updateShopProfile(actor, shopProfileSchema.parse(profile({ ownerName: "", gstin: "" })));
    await updateShopUpi(actor, shopUpiSchema.parse({ upiId: "twice@ybl", upiPayeeName: "" }));
    expect(await db.merchant.findUniqueOrThrow({ where: { id: merchant.id } })).toMatchObject({
      ownerName: null,
      gstin: null,
      upiId: "twice@ybl",
    });
  });

  it("changes only the caller's own shop", async () => {
    const a = await shop();
    const b = await shop();
    await updateShopProfile(a.actor, profile({ shopName: "Only A Changed" }));
    expect((await db.merchant.findUniqueOrThrow({ where: { id: b.merchant.id } })).shopName).toBe(b.merchant.shopName);
    expect(await audits(b.merchant.id)).toHaveLength(0);
  });
});

describe("updateShopUpi", () => {
  it("stores the UPI id and the QR photo typed by its content, and audits the change without the image bytes", async () => {
    const { actor, merchant } = await shop();
    const png = new Uint8Array(await QRCode.toBuffer("upi://pay?pa=newshop@okaxis&pn=New%20Shop", { type: "png" }));
    await updateShopUpi(actor, { upiId: "newshop@okaxis", upiPayeeName: "New Shop" }, png);
    const saved = await db.merchant.findUniqueOrThrow({ where: { id: merchant.id } });
    expect(saved).toMatchObject({ upiId: "newshop@okaxis", upiPayeeName: "New Shop", upiQrMime: "image/png" });
    expect(Buffer.from(saved.upiQrImage!).equals(Buffer.from(png))).toBe(true);
    const [row] = await audits(merchant.id);
    expect(row).toMatchObject({
      before: { upiId: null, upiPayeeName: null, upiQrImage: null },
      after: { upiId: "newshop@okaxis", upiPayeeName: "New Shop", upiQrImage: { mime: "image/png", size: png.length } },
    });
    expect(JSON.stringify(row)).not.toContain(Buffer.from(png).toString("base64").slice(0, 40));
  });

  it("refuses a text file renamed .png, keeping the shop as it was", async () => {
    const { actor, merchant } = await shop();
    const err = await domainError(
      updateShopUpi(actor, { upiId: "newshop@okaxis" }, new TextEncoder().encode("not really a png")),
    );
    expect(err.fields).toEqual({ image: "image_type" });
    const saved = await db.merchant.findUniqueOrThrow({ where: { id: merchant.id } });
    expect(saved.upiId).toBeNull();
    expect(saved.upiQrImage).toBeNull();
  });

  it("refuses a bad UPI id and can clear the id and remove the photo", async () => {
    const { actor, merchant } = await shop();
    expect((await domainError(updateShopUpi(actor, { upiId: "sharma kirana" }))).fields).toEqual({
      upiId: "upi_invalid",
    });
    const png = new Uint8Array(await QRCode.toBuffer("upi://pay?pa=a1@okaxis", { type: "png" }));
    await updateShopUpi(actor, { upiId: "a1@okaxis", upiPayeeName: "" }, png);
    await updateShopUpi(actor, { upiId: "", upiPayeeName: "", removeImage: "on" });
    const saved = await db.merchant.findUniqueOrThrow({ where: { id: merchant.id } });
    expect(saved).toMatchObject({ upiId: null, upiQrImage: null, upiQrMime: null });
    const rows = await audits(merchant.id);
    expect(rows[1]).toMatchObject({
      before: { upiId: "a1@okaxis", upiQrImage: { mime: "image/png" } },
      after: { upiId: null, upiQrImage: null },
    });
  });
});
