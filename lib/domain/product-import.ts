// Product CSV import: parse -> preview (what each line would do, old -> new per change) ->
// apply: all or nothing, or (validOnly) the valid lines only, the rejected ones left out.
// Columns: sku,name,category,price,cost,stock,unit,barcode,low_stock_threshold,hsn,gst_rate,mrp (any order;
// sku required). Rupees are parsed as text to paise, never through floats. Rows match
// existing products by SKU: unknown SKU = create, known SKU = update (an empty cell leaves
// that field as it is).
import { db, type Tx } from "@/lib/db";
import { parseCsv, unguardCell } from "@/lib/domain/csv";
import { DomainError, isUniqueViolation } from "@/lib/domain/errors";
import { writeAudit } from "./audit";
import { Prisma, type Unit } from "@/lib/generated/prisma/client";
import { parseRupeesToPaise } from "@/lib/money";
import { fitsUnit, toMilli } from "@/lib/quantity";
import { MAX_PRICE_PAISE, MAX_STOCK, UNITS } from "@/lib/validation/product";

export const IMPORT_COLUMNS = [
  "sku",
  "name",
  "category",
  "price",
  "cost",
  "stock",
  "unit",
  "barcode",
  "low_stock_threshold",
  "hsn",
  "gst_rate",
  "mrp",
] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
export const MAX_IMPORT_ROWS = 20_000;

export type ImportValues = {
  sku: string;
  name?: string;
  category?: string;
  pricePaise?: number;
  costPaise?: number;
  stock?: number;
  unit?: Unit;
  barcode?: string;
  lowStockThreshold?: number;
  hsn?: string;
  /** Hundredths of a percent, from a "gst_rate" in percent (18, 0.25). */
  gstRateBp?: number;
  mrpPaise?: number;
};
export type ParsedImportRow = { line: number; values: ImportValues; errors: string[] };
export type ParsedImport = { rows: ParsedImportRow[]; fileErrors: string[] };

const UNIT_ALIASES: Record<string, Unit> = {
  PCS: "PIECE",
  PC: "PIECE",
  NOS: "PIECE",
  L: "LITRE",
  LTR: "LITRE",
  LITER: "LITRE",
  GM: "G",
  GMS: "G",
  GRAM: "G",
  PKT: "PACK",
  DOZ: "DOZEN",
};
const LIMITS: Partial<Record<Column, number>> = { sku: 64, name: 120, category: 40, barcode: 64 };

function parseMoney(raw: string, col: string, errors: string[]): number | undefined {
  const p = parseRupeesToPaise(raw);
  if (p === null) errors.push(`${col}: "${raw}" is not a rupee amount (like 45.50)`);
  else if (p > MAX_PRICE_PAISE) errors.push(`${col}: above the ₹10,00,000 limit`);
  else return p;
}

/** Stock: up to 3 decimals (12.5 kg of loose rice); whole-unit products are checked on apply. */
function parseQuantity(raw: string, col: string, errors: string[]): number | undefined {
  if (!/^\d{1,7}(\.\d{1,3})?$/.test(raw) || Number(raw) > MAX_STOCK)
    errors.push(`${col}: "${raw}" must be a number with at most 3 decimals, 0 or more`);
  else return Number(raw);
}

/** hsn (4-8 digits), gst_rate (percent, up to 2 decimals) and mrp (rupees). */
function parseTaxColumns(hsn: string, rate: string, mrp: string, values: ImportValues, errors: string[]) {
  if (hsn) {
    if (/^\d{4,8}$/.test(hsn)) values.hsn = hsn;
    else errors.push(`hsn: "${hsn}" must be 4 to 8 digits`);
  }
  if (rate) {
    const r = rate.replace(/%$/, "");
    if (/^\d{1,3}(\.\d{1,2})?$/.test(r) && Number(r) <= 100) values.gstRateBp = Math.round(Number(r) * 100);
    else errors.push(`gst_rate: "${rate}" must be a percent like 5, 18 or 0.25`);
  }
  if (mrp) values.mrpPaise = parseMoney(mrp, "mrp", errors);
}

function parseWhole(raw: string, col: string, errors: string[]): number | undefined {
  if (!/^\d{1,9}$/.test(raw) || Number(raw) > MAX_STOCK)
    errors.push(`${col}: "${raw}" must be a whole number, 0 or more`);
  else return Number(raw);
}

/** Syntax only: no database. Line numbers are the file's (header = line 1). */
export function parseProductCsv(text: string): ParsedImport {
  const records = parseCsv(text).filter((r) => r.cells.some((c) => c.trim() !== ""));
  const header = records.shift();
  if (!header) return { rows: [], fileErrors: ["The file is empty"] };
  const cols = header.cells.map((c) => c.trim().toLowerCase().replace(/\s+/g, "_"));
  const fileErrors: string[] = [];
  const unknown = cols.filter((c) => !(IMPORT_COLUMNS as readonly string[]).includes(c));
  if (unknown.length)
    fileErrors.push(`Unknown column(s): ${unknown.join(", ")}. Expected: ${IMPORT_COLUMNS.join(",")}`);
  const dupes = cols.filter((c, i) => cols.indexOf(c) !== i);
  if (dupes.length) fileErrors.push(`Column(s) repeated: ${[...new Set(dupes)].join(", ")}`);
  if (!cols.includes("sku")) fileErrors.push("The sku column is required: rows are matched to products by SKU");
  if (records.length > MAX_IMPORT_ROWS)
    fileErrors.push(`At most ${MAX_IMPORT_ROWS} products per file (this one has ${records.length})`);
  if (fileErrors.length) return { rows: [], fileErrors };

  const skuLine = new Map<string, number>();
  const barcodeLine = new Map<string, number>();
  const rows = records.map(({ line, cells }): ParsedImportRow => {
    const errors: string[] = [];
    if (cells.length !== cols.length)
      errors.push(`expected ${cols.length} columns, found ${cells.length} (a comma inside a name needs "quotes")`);
    const get = (c: Column) => {
      const i = cols.indexOf(c);
      const v = i >= 0 ? unguardCell((cells[i] ?? "").trim()) : "";
      if (v && LIMITS[c] && v.length > LIMITS[c]!) errors.push(`${c}: at most ${LIMITS[c]} characters`);
      return v;
    };
    const values: ImportValues = { sku: get("sku") };
    if (!values.sku) errors.push("sku: required");
    const name = get("name"),
      category = get("category"),
      price = get("price"),
      cost = get("cost");
    const stock = get("stock"),
      unit = get("unit"),
      barcode = get("barcode"),
      threshold = get("low_stock_threshold");
    if (name) values.name = name;
    if (category) values.category = category;
    if (price) values.pricePaise = parseMoney(price, "price", errors);
    if (cost) values.costPaise = parseMoney(cost, "cost", errors);
    if (stock) values.stock = parseQuantity(stock, "stock", errors);
    if (threshold) values.lowStockThreshold = parseWhole(threshold, "low_stock_threshold", errors);
    if (barcode) values.barcode = barcode;
    parseTaxColumns(get("hsn"), get("gst_rate"), get("mrp"), values, errors);
    if (unit) {
      const u = unit.toUpperCase();
      values.unit = (UNITS as readonly string[]).includes(u) ? (u as Unit) : UNIT_ALIASES[u];
      if (!values.unit) errors.push(`unit: "${unit}" is not one of ${UNITS.join(", ")}`);
    }
    if (values.stock !== undefined && !fitsUnit(toMilli(values.stock)!, values.unit ?? "PIECE"))
      errors.push(`stock: "${stock}" must be whole for ${values.unit ?? "PIECE"}`);
    // The same product twice in one file: which line should win is a guess, so refuse.
    for (const [key, seen, label] of [
      [values.sku, skuLine, "SKU"],
      [values.barcode, barcodeLine, "barcode"],
    ] as const) {
      if (!key) continue;
      const first = seen.get(key);
      if (first !== undefined) errors.push(`${label} ${key} is also on line ${first}`);
      else seen.set(key, line);
    }
    return { line, values, errors };
  });
  return { rows, fileErrors };
}

type Existing = {
  id: string;
  sku: string | null;
  name: string;
  category: string;
  pricePaise: number;
  costPaise: number | null;
  stock: number;
  stockMilli: number;
  unit: Unit;
  barcode: string | null;
  lowStockThreshold: number;
  hsn: string | null;
  gstRateBp: number | null;
  mrpPaise: number | null;
  archivedAt: Date | null;
};
export type ImportPlanRow = {
  line: number;
  sku: string;
  name: string | null;
  action: "create" | "update" | "error";
  errors: string[];
  changes: string[];
  /** Each change as old -> new (money in paise, as stored), for the preview. */
  diff: ImportChange[];
};
export type ImportChange = { field: string; from: string | number | null; to: string | number | null };
export type ImportPreview = {
  rows: ImportPlanRow[];
  counts: { create: number; update: number; error: number; total: number };
  fileErrors: string[];
};
type Plan = ImportPreview & {
  creates: ImportValues[];
  updates: { existing: Existing; values: ImportValues; changes: string[] }[];
};

const existingSelect = {
  id: true,
  sku: true,
  name: true,
  category: true,
  pricePaise: true,
  costPaise: true,
  stockMilli: true,
  unit: true,
  barcode: true,
  lowStockThreshold: true,
  hsn: true,
  gstRateBp: true,
  mrpPaise: true,
  archivedAt: true,
} as const;
const FIELD_OF: [keyof ImportValues, keyof Existing][] = [
  ["name", "name"],
  ["category", "category"],
  ["pricePaise", "pricePaise"],
  ["costPaise", "costPaise"],
  ["stock", "stock"],
  ["unit", "unit"],
  ["barcode", "barcode"],
  ["lowStockThreshold", "lowStockThreshold"],
  ["hsn", "hsn"],
  ["gstRateBp", "gstRateBp"],
  ["mrpPaise", "mrpPaise"],
];

async function planImport(tx: Tx | typeof db, merchantId: string, parsed: ParsedImport, lock: boolean): Promise<Plan> {
  const merchant = await tx.merchant.findUnique({
    where: { id: merchantId },
    select: { categories: true, gstRatesBp: true },
  });
  if (!merchant) throw new DomainError("not_found", "Shop not found");
  const skus = [...new Set(parsed.rows.map((r) => r.values.sku).filter(Boolean))];
  const barcodes = [...new Set(parsed.rows.map((r) => r.values.barcode).filter((b): b is string => !!b))];
  // Applying: lock the rows to update (id order, like orders do) so a sale cannot move their
  // stock between our read and the count correction.
  if (lock && skus.length) {
    await tx.$queryRaw`SELECT "id" FROM "Product" WHERE "merchantId" = ${merchantId} AND "sku" IN (${Prisma.join(skus)}) ORDER BY "id" FOR UPDATE`;
  }
  const [bySkuRows, byBarcodeRows] = await Promise.all([
    skus.length ? tx.product.findMany({ where: { merchantId, sku: { in: skus } }, select: existingSelect }) : [],
    barcodes.length
      ? tx.product.findMany({
          where: { merchantId, barcode: { in: barcodes } },
          select: { id: true, name: true, barcode: true },
        })
      : [],
  ]);
  // Compared in the file's units (12.5), kept exact as milli for the correction.
  const bySku = new Map(bySkuRows.map((p) => [p.sku!, { ...p, stock: p.stockMilli / 1000 }]));
  const byBarcode = new Map(byBarcodeRows.map((p) => [p.barcode!, p]));
  const categories = new Map(merchant.categories.map((c) => [c.toLowerCase(), c]));

  const plan: Plan = {
    rows: [],
    counts: { create: 0, update: 0, error: 0, total: parsed.rows.length },
    fileErrors: parsed.fileErrors,
    creates: [],
    updates: [],
  };
  for (const row of parsed.rows) {
    const errors = [...row.errors];
    const v = { ...row.values };
    const existing = bySku.get(v.sku);
    if (!existing) {
      for (const [key, col] of [
        ["name", "name"],
        ["category", "category"],
        ["pricePaise", "price"],
      ] as const) {
        if (v[key] === undefined && !errors.some((e) => e.startsWith(`${col}:`)))
          errors.push(`${col}: required for a new product`);
      }
    }
    if (v.category) {
      const canonical = categories.get(v.category.toLowerCase());
      if (canonical) v.category = canonical;
      else
        errors.push(
          `category: "${v.category}" is not one of this shop's categories (${merchant.categories.join(", ")})`,
        );
    }
    if (v.gstRateBp !== undefined && !merchant.gstRatesBp.includes(v.gstRateBp))
      errors.push(`gst_rate: ${v.gstRateBp / 100} is not one of this shop's GST rates (add it in Settings)`);
    const holder = v.barcode ? byBarcode.get(v.barcode) : undefined;
    if (holder && holder.id !== existing?.id) errors.push(`barcode ${v.barcode} is already used by ${holder.name}`);

    const changed = existing ? FIELD_OF.filter(([k, e]) => v[k] !== undefined && v[k] !== existing[e]) : [];
    const changes = changed.map(([k]) => k);
    const diff = changed.map(([k, e]) => ({ field: k, from: existing![e] as ImportChange["from"], to: v[k] ?? null }));
    const action = errors.length ? "error" : existing ? "update" : "create";
    plan.counts[action]++;
    plan.rows.push({
      line: row.line,
      sku: v.sku,
      name: v.name ?? existing?.name ?? null,
      action,
      errors,
      changes,
      diff,
    });
    if (action === "create") plan.creates.push(v);
    if (action === "update" && existing && changes.length) plan.updates.push({ existing, values: v, changes });
  }
  return plan;
}

/** What applying `text` would do, line by line. Writes nothing. */
export async function previewImport(merchantId: string, text: string): Promise<ImportPreview> {
  const { rows, counts, fileErrors } = await planImport(db, merchantId, parseProductCsv(text), false);
  return { rows, counts, fileErrors };
}

export type ImportResult = {
  created: number;
  updated: number;
  unchanged: number;
  stockCorrections: number;
  /** Lines left out because they had errors (only with validOnly). */
  rejected?: number;
};

/**
 * Applies the file in ONE transaction. By default a line with an error refuses the whole file;
 * with `validOnly` the valid lines are applied and the others left out (counted in `rejected`,
 * checked again here, not trusted from the preview). A file-level error always refuses.
 */
export async function applyImport(
  merchantId: string,
  actorUserId: string,
  text: string,
  opts: { validOnly?: boolean } = {},
): Promise<ImportResult> {
  const parsed = parseProductCsv(text);
  try {
    return await db.$transaction(
      async (tx) => {
        const plan = await planImport(tx, merchantId, parsed, true);
        if (plan.fileErrors.length)
          throw new DomainError("invalid_input", plan.fileErrors.join("; "), undefined, {
            fileErrors: plan.fileErrors,
          });
        if (!plan.rows.length) throw new DomainError("invalid_input", "The file has no products");
        if (opts.validOnly && plan.counts.error === plan.counts.total)
          throw new DomainError("invalid_input", "No line of the file is valid: nothing was imported", undefined, {
            rows: plan.rows,
          });
        if (plan.counts.error && !opts.validOnly) {
          const bad = plan.rows.filter((r) => r.action === "error");
          throw new DomainError("invalid_input", `${bad.length} line(s) have errors: nothing was imported`, undefined, {
            rows: bad,
          });
        }
        const now = new Date();
        let stockCorrections = 0;
        for (let i = 0; i < plan.creates.length; i += 1000) {
          const chunk = plan.creates.slice(i, i + 1000);
          const made = await tx.product.createManyAndReturn({
            data: chunk.map((v) => ({
              merchantId,
              sku: v.sku,
              name: v.name!,
              category: v.category!,
              pricePaise: v.pricePaise!,
              costPaise: v.costPaise ?? null,
              stockMilli: toMilli(v.stock ?? 0)!,
              unit: v.unit ?? "PIECE",
              barcode: v.barcode ?? null,
              lowStockThreshold: v.lowStockThreshold ?? 5,
              hsn: v.hsn ?? null,
              gstRateBp: v.gstRateBp ?? null,
              mrpPaise: v.mrpPaise ?? null,
            })),
            select: { id: true, stockMilli: true },
          });
          const opening = made.filter((p) => p.stockMilli > 0);
          if (opening.length) {
            await tx.stockMovement.createMany({
              data: opening.map((p) => ({
                merchantId,
                productId: p.id,
                quantityMilli: p.stockMilli,
                reason: "INITIAL" as const,
                note: "CSV import",
                createdById: actorUserId,
                createdAt: now,
              })),
            });
          }
        }
        for (const { existing, values: v } of plan.updates) {
          const delta = v.stock === undefined ? 0 : toMilli(v.stock)! - existing.stockMilli;
          await tx.product.update({
            where: { id: existing.id, merchantId },
            data: {
              name: v.name,
              category: v.category,
              pricePaise: v.pricePaise,
              costPaise: v.costPaise,
              unit: v.unit,
              barcode: v.barcode,
              lowStockThreshold: v.lowStockThreshold,
              hsn: v.hsn,
              gstRateBp: v.gstRateBp,
              mrpPaise: v.mrpPaise,
              ...(delta ? { stockMilli: { increment: delta } } : {}),
            },
          });
          if (delta) {
            stockCorrections++;
            await tx.stockMovement.create({
              data: {
                merchantId,
                productId: existing.id,
                quantityMilli: delta,
                reason: "COUNT_CORRECTION",
                note: "CSV import",
                createdById: actorUserId,
              },
            });
          }
        }
        const result = {
          created: plan.creates.length,
          updated: plan.updates.length,
          unchanged: plan.counts.update - plan.updates.length,
          stockCorrections,
          ...(opts.validOnly ? { rejected: plan.counts.error } : {}),
        };
        await writeAudit(tx, {
          actorId: actorUserId,
          merchantId,
          action: "product.import",
          entity: "Product",
          entityId: null,
          after: result,
        });
        return result;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (err) {
    if (isUniqueViolation(err))
      throw new DomainError(
        "duplicate",
        "A SKU or barcode in the file was just taken by another change: preview the file again",
      );
    throw err;
  }
}
