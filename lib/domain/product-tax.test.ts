// Products carry HSN, GST rate (from the shop's list) and MRP through the form's rule, the
// API and the CSV import/export.
import { describe, expect, it } from "vitest";
import { PATCH as patchProduct } from "@/app/api/v1/products/[id]/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { createProduct, productsCsv, updateProduct } from "@/lib/domain/inventory";
import { applyImport, previewImport } from "@/lib/domain/product-import";
import { caught } from "@/lib/test/domain-error";
import { makeMerchant } from "@/lib/test/factories";

describe("product GST fields", () => {
  it("stores the rate as hundredths of a percent and refuses a rate the shop does not use", async () => {
    const { user, merchant } = await makeMerchant();
    const p = await createProduct(merchant.id, user.id, {
      name: "Basmati rice 1kg",
      category: "grocery",
      pricePaise: 12_000,
      hsn: "1006",
      gstRate: 5,
      mrpPaise: 12_500,
    });
    expect(p).toMatchObject({ hsn: "1006", gstRateBp: 500, mrpPaise: 12_500 });
    const err = await caught(updateProduct(merchant.id, p.id, { gstRate: 12 }));
    expect(err.fields).toEqual({ gstRate: "gst_rate_unknown" });
    const bad = await caught(updateProduct(merchant.id, p.id, { hsn: "12" }));
    expect(bad.fields).toMatchObject({ hsn: "hsn_invalid" });
    expect(await updateProduct(merchant.id, p.id, { gstRate: 0.25, hsn: null })).toMatchObject({
      gstRateBp: 25,
      hsn: null,
    });
  });

  it("the API reads and writes gstRate in percent and flags a price above the MRP", async () => {
    const { user, merchant } = await makeMerchant();
    const { token } = await bearerFor(user.id);
    const p = await createProduct(merchant.id, user.id, { name: "Soap", category: "personal care", pricePaise: 4_000 });
    const res = await callRoute(patchProduct, `/api/v1/products/${p.id}`, {
      token,
      method: "PATCH",
      params: { id: p.id },
      body: { gstRate: 18, hsn: "34011190", mrpPaise: 3_800 },
    });
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ gstRate: 18, hsn: "34011190", mrpPaise: 3_800, aboveMrp: true });
  });

  it("CSV import and export carry hsn, gst_rate and mrp", async () => {
    const { user, merchant } = await makeMerchant();
    const csv =
      "sku,name,category,price,hsn,gst_rate,mrp\nR1,Rice,grocery,60,1006,5,62.50\nT1,Tea,beverages,120,0902,12,\n";
    const preview = await previewImport(merchant.id, csv);
    expect(preview.rows[1]!.errors[0]).toMatch(/gst_rate: 12 is not one of this shop's GST rates/);
    await applyImport(merchant.id, user.id, csv.replace(",12,", ",18,"));
    const rows = await db.product.findMany({ where: { merchantId: merchant.id }, orderBy: { sku: "asc" } });
    expect(rows.map((r) => [r.sku, r.hsn, r.gstRateBp, r.mrpPaise])).toEqual([
      ["R1", "1006", 500, 6_250],
      ["T1", "0902", 1800, null],
    ]);
    const out = await productsCsv(merchant.id);
    expect(out.split("\r\n")[0]).toMatch(/,hsn,gst_rate,mrp$/);
    expect(out).toContain(",1006,5,62.50");
  });
});
