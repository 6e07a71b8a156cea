// Reads the product form into the shapes the actions take. Rupees become integer paise here
// (parseRupeesToPaise, text to integer, no floats); a field that is not a rupee amount is
// reported back so the form can say so without a round trip.
import { paiseToDecimalString, parseRupeesToPaise } from "@/lib/money";
import type { ProductInput, ProductUpdate } from "@/lib/validation/product";

type Unit = NonNullable<ProductInput["unit"]>;
const str = (f: FormData, k: string) => String(f.get(k) ?? "").trim();
/** -1 for anything that is not a whole number: the schema then names the problem. */
const whole = (s: string) => (/^\d{1,9}$/.test(s) ? Number(s) : -1);

function money(f: FormData, key: string, bad: string[]): number | null {
  const s = str(f, key);
  if (!s) return null;
  const p = parseRupeesToPaise(s);
  if (p === null) bad.push(`${key}Paise`);
  return p;
}

/** HSN, GST % and MRP: an empty field is "none" (null). A rate that is not a number is -1 (the schema names it). */
function taxFields(f: FormData, bad: string[]) {
  const rate = str(f, "gstRate").replace(/%$/, "");
  return {
    hsn: str(f, "hsn") || null,
    gstRate: rate ? (/^\d{1,3}(\.\d{1,2})?$/.test(rate) ? Number(rate) : -1) : null,
    mrpPaise: money(f, "mrp", bad),
  };
}

export function readNewProduct(f: FormData): { input: ProductInput; bad: string[] } {
  const bad: string[] = [];
  const price = money(f, "price", bad);
  const cost = money(f, "cost", bad);
  const stock = str(f, "stock");
  const threshold = str(f, "lowStockThreshold");
  return {
    bad,
    input: {
      name: str(f, "name"),
      category: str(f, "category"),
      pricePaise: price ?? -1,
      costPaise: cost,
      stock: stock ? whole(stock) : 0,
      unit: (str(f, "unit") || "PIECE") as Unit,
      sku: str(f, "sku") || undefined,
      barcode: str(f, "barcode") || undefined,
      lowStockThreshold: threshold ? whole(threshold) : undefined,
      ...taxFields(f, bad),
    },
  };
}

/** Every editable field; an emptied cost, SKU or barcode clears it. */
export function readProductPatch(f: FormData): { patch: ProductUpdate; bad: string[] } {
  const bad: string[] = [];
  const price = money(f, "price", bad);
  const cost = money(f, "cost", bad);
  const threshold = str(f, "lowStockThreshold");
  return {
    bad,
    patch: {
      name: str(f, "name"),
      category: str(f, "category"),
      pricePaise: price ?? -1,
      costPaise: cost,
      unit: (str(f, "unit") || "PIECE") as Unit,
      sku: str(f, "sku"),
      barcode: str(f, "barcode"),
      lowStockThreshold: threshold ? whole(threshold) : 5,
      ...taxFields(f, bad),
    },
  };
}

/** Paise as the rupee text a form shows: 4550 -> "45.50", 4500 -> "45". */
export function rupeesText(paise: number | null): string {
  return paise === null ? "" : paiseToDecimalString(paise).replace(/\.00$/, "");
}
