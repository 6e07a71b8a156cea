// A product of the counter's snapshot, for the pure tests of lib/pos: a piece of grocery at ₹1
// with 10 in stock, unless the test says otherwise.
import type { PosProduct } from "@/lib/pos/pos-data";

export const posProduct = (id: string, over: Partial<PosProduct> = {}): PosProduct => ({
  id,
  name: id,
  pricePaise: 100,
  sku: null,
  barcode: null,
  stock: 10,
  unit: "PIECE",
  category: "grocery",
  ...over,
});
