import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { productsCsv } from "@/lib/domain/inventory";
import { applyImport, parseProductCsv, previewImport } from "@/lib/domain/product-import";
import { caught as fails } from "@/lib/test/domain-error";
import { makeMerchant, makeProduct } from "@/lib/test/factories";

const HEADER = "sku,name,category,price,cost,stock,unit,barcode,low_stock_threshold";

async function shop() {
  const { user, merchant } = await makeMerchant();
  return { userId: user.id, merchantId: merchant.id };
}

async function snapshot(merchantId: string) {
  const [products, movements] = await Promise.all([
    db.product.findMany({ where: { merchantId }, orderBy: { id: "asc" } }),
    db.stockMovement.count({ where: { merchantId } }),
  ]);
  return { products, movements };
}

describe("parseProductCsv", () => {
  it("reads quoted cells, CRLF, a BOM, any column order, and rupees as exact paise", () => {
    const text =
      '\uFEFFName,SKU,Price,Stock,Unit,Category\r\n"Bhujia, Haldiram 200g",HB200,55.50,12,pcs,snacks\r\n\r\n"Say ""Cheese""",CH1,"1,234.5",0,KG,dairy\r\nOil,OIL,19.99,3,litre,oil\r\n';
    const { rows, fileErrors } = parseProductCsv(text);
    expect(fileErrors).toEqual([]);
    expect(rows.map((r) => [r.line, r.values, r.errors])).toEqual([
      [
        2,
        { sku: "HB200", name: "Bhujia, Haldiram 200g", category: "snacks", pricePaise: 5550, stock: 12, unit: "PIECE" },
        [],
      ],
      [4, { sku: "CH1", name: 'Say "Cheese"', category: "dairy", pricePaise: 123_450, stock: 0, unit: "KG" }, []],
      [5, { sku: "OIL", name: "Oil", category: "oil", pricePaise: 1999, stock: 3, unit: "LITRE" }, []],
    ]);
  });

  it("lists every problem of every row with its line number", () => {
    const text = [
      HEADER,
      "A1,Good,grocery,10,,5,PIECE,,",
      ",No SKU,grocery,10,,,,,",
      "A2,Bad price,grocery,12.345,,,,,",
      "A3,Neg stock,grocery,10,abc,-2,BOX,,x",
      "A1,Again,grocery,10,,,,,",
      "A4,Too,many,columns,here,1,2,3,4,5",
    ].join("\n");
    const { rows } = parseProductCsv(text);
    expect(rows.map((r) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, ["sku: required"]],
      [4, ['price: "12.345" is not a rupee amount (like 45.50)']],
      [
        5,
        [
          'cost: "abc" is not a rupee amount (like 45.50)',
          'stock: "-2" must be a number with at most 3 decimals, 0 or more',
          'low_stock_threshold: "x" must be a whole number, 0 or more',
          'unit: "BOX" is not one of PIECE, KG, G, LITRE, ML, PACK, DOZEN',
        ],
      ],
      [6, ["SKU A1 is also on line 2"]],
      [
        7,
        [
          expect.stringMatching(/^expected 9 columns, found 10/),
          'price: "columns" is not a rupee amount (like 45.50)',
          'cost: "here" is not a rupee amount (like 45.50)',
          'unit: "2" is not one of PIECE, KG, G, LITRE, ML, PACK, DOZEN',
        ],
      ],
    ]);
  });

  it("refuses a file with an unknown column or no sku column", () => {
    expect(parseProductCsv("sku,name,prise\nA,B,1").fileErrors[0]).toMatch(/Unknown column\(s\): prise/);
    expect(parseProductCsv("name,price\nA,1").fileErrors).toContain(
      "The sku column is required: rows are matched to products by SKU",
    );
    expect(parseProductCsv("").fileErrors).toEqual(["The file is empty"]);
  });
});

describe("previewImport and applyImport", () => {
  it("previews create / update / error per line without writing anything", async () => {
    const { merchantId } = await shop();
    await makeProduct(merchantId, { sku: "OLD", name: "Old Dal", stock: 10 });
    const holder = await makeProduct(merchantId, { sku: "BC", name: "Barcode Holder" });
    await db.product.update({ where: { id: holder.id }, data: { barcode: "890123" } });
    const before = await snapshot(merchantId);
    const text = [
      HEADER,
      "NEW,New Rice,Grocery,45.50,40,8,KG,,",
      "OLD,,,99,,,,,",
      "X1,Toy,toys,10,,,,,",
      "X2,Thing,grocery,,,,,,",
      "X3,Scan,grocery,5,,,,890123,",
    ].join("\n");
    const preview = await previewImport(merchantId, text);
    expect(preview.counts).toEqual({ create: 1, update: 1, error: 3, total: 5 });
    expect(preview.rows.map((r) => [r.line, r.action, r.errors])).toEqual([
      [2, "create", []],
      [3, "update", []],
      [4, "error", [expect.stringMatching(/^category: "toys" is not one of this shop's categories/)]],
      [5, "error", ["price: required for a new product"]],
      [6, "error", ["barcode 890123 is already used by Barcode Holder"]],
    ]);
    expect(preview.rows[1]!.changes).toEqual(["pricePaise"]);
    // Each change old -> new: makeProduct's price was ₹100.00, the file says 99.
    expect(preview.rows[1]!.diff).toEqual([{ field: "pricePaise", from: 10_000, to: 9_900 }]);
    expect(await snapshot(merchantId)).toEqual(before);
  });

  it("writes nothing when one row is bad, and says which lines", async () => {
    const { userId, merchantId } = await shop();
    await makeProduct(merchantId, { sku: "OLD", stock: 10, pricePaise: 5000 });
    const before = await snapshot(merchantId);
    const text = [
      HEADER,
      "N1,One,grocery,10,,5,,,",
      "OLD,,,60,,20,,,",
      "N2,Two,grocery,1O.00,,5,,,",
      "N3,Three,grocery,30,,1,,,",
    ].join("\n");
    const e = await fails(applyImport(merchantId, userId, text));
    expect(e.code).toBe("invalid_input");
    expect(e.message).toBe("1 line(s) have errors: nothing was imported");
    expect(e.details?.rows).toEqual([
      expect.objectContaining({
        line: 4,
        action: "error",
        errors: ['price: "1O.00" is not a rupee amount (like 45.50)'],
      }),
    ]);
    expect(await snapshot(merchantId)).toEqual(before);
    expect((await fails(applyImport(merchantId, userId, "sku,nme\nA,B"))).code).toBe("invalid_input");
    expect((await fails(applyImport(merchantId, userId, HEADER + "\n"))).message).toBe("The file has no products");
  });

  it("with validOnly applies the valid lines and leaves the bad ones out; all bad is still refused", async () => {
    const { userId, merchantId } = await shop();
    await makeProduct(merchantId, { sku: "OLD", stock: 10, pricePaise: 5000 });
    const text = [HEADER, "N1,One,grocery,10,,5,,,", "OLD,,,60,,,,,", "N2,Two,grocery,1O.00,,5,,,"].join("\n");
    const r = await applyImport(merchantId, userId, text, { validOnly: true });
    expect(r).toMatchObject({ created: 1, updated: 1, rejected: 1 });
    const rows = await db.product.findMany({ where: { merchantId }, select: { sku: true, pricePaise: true } });
    expect(Object.fromEntries(rows.map((p) => [p.sku, p.pricePaise]))).toEqual({ N1: 1_000, OLD: 6_000 });
    const bad = [HEADER, "N3,Three,grocery,abc,,5,,,"].join("\n");
    expect((await fails(applyImport(merchantId, userId, bad, { validOnly: true }))).code).toBe("invalid_input");
    expect(await db.product.count({ where: { merchantId, sku: "N3" } })).toBe(0);
  });

  it("creates with INITIAL stock, updates by SKU with a COUNT_CORRECTION of the difference, all in one go", async () => {
    const { userId, merchantId } = await shop();
    const old = await makeProduct(merchantId, { sku: "OLD", name: "Old Dal", stock: 10, pricePaise: 9000 });
    const same = await makeProduct(merchantId, { sku: "SAME", name: "Same Salt", stock: 4 });
    const text = [
      HEADER,
      "NEW,New Rice,Grocery,45.50,40,8,KG,8901,3",
      "OLD,Toor Dal,,95.00,,7,,,",
      "SAME,,,,,4,,,",
      "ZERO,Free Bag,household,0,,0,,,",
    ].join("\n");
    expect(await applyImport(merchantId, userId, text)).toEqual({
      created: 2,
      updated: 1,
      unchanged: 1,
      stockCorrections: 1,
    });

    const created = await db.product.findFirstOrThrow({ where: { merchantId, sku: "NEW" } });
    expect(created).toMatchObject({
      name: "New Rice",
      category: "grocery",
      pricePaise: 4550,
      costPaise: 4000,
      stockMilli: 8_000,
      unit: "KG",
      barcode: "8901",
      lowStockThreshold: 3,
    });
    expect(
      await db.stockMovement.findMany({
        where: { productId: created.id },
        select: { quantityMilli: true, reason: true },
      }),
    ).toEqual([{ quantityMilli: 8_000, reason: "INITIAL" }]);
    const zero = await db.product.findFirstOrThrow({ where: { merchantId, sku: "ZERO" } });
    expect(zero).toMatchObject({ pricePaise: 0, stockMilli: 0, unit: "PIECE", lowStockThreshold: 5 });

    const updated = await db.product.findUniqueOrThrow({ where: { id: old.id } });
    expect(updated).toMatchObject({ name: "Toor Dal", pricePaise: 9500, stockMilli: 7_000, category: "grocery" });
    const corr = await db.stockMovement.findMany({
      where: { productId: old.id, reason: "COUNT_CORRECTION" },
      select: { quantityMilli: true, createdById: true },
    });
    expect(corr).toEqual([{ quantityMilli: -3_000, createdById: userId }]);
    expect((await db.product.findUniqueOrThrow({ where: { id: same.id } })).updatedAt).toEqual(same.updatedAt);
    for (const p of await db.product.findMany({ where: { merchantId } })) {
      const sum = await db.stockMovement.aggregate({ where: { productId: p.id }, _sum: { quantityMilli: true } });
      expect(sum._sum?.quantityMilli ?? 0, p.name).toBe(p.stockMilli);
    }
    expect(await db.auditLog.count({ where: { merchantId, action: "product.import" } })).toBe(1);
  });

  it("round-trips: importing the shop's own export changes nothing", async () => {
    const { userId, merchantId } = await shop();
    await makeProduct(merchantId, { sku: "R1", name: "=cmd|' /C calc'!A0", stock: 3, pricePaise: 1234 });
    await makeProduct(merchantId, { sku: "R2", name: 'Dal, "best" quality', stock: 0, pricePaise: 100_00 });
    const csv = await productsCsv(merchantId);
    expect(csv).toContain("'=cmd");
    const before = await snapshot(merchantId);
    expect(await applyImport(merchantId, userId, csv)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
      stockCorrections: 0,
    });
    expect(await snapshot(merchantId)).toEqual(before);
  });

  it("matches SKUs within this shop only", async () => {
    const a = await shop();
    const b = await shop();
    const theirs = await makeProduct(a.merchantId, { sku: "SHARED", name: "A's Tea", stock: 9 });
    await applyImport(b.merchantId, b.userId, `${HEADER}\nSHARED,B's Tea,beverages,10,,1,,,`);
    expect(await db.product.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({
      name: "A's Tea",
      stockMilli: 9_000,
    });
    expect(await db.product.count({ where: { merchantId: b.merchantId, sku: "SHARED" } })).toBe(1);
  });
});
