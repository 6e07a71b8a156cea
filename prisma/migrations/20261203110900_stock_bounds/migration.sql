-- Every stock path (adjustments, imports, sales, voids, order returns) stays within the
-- product rules' cap of 1,000,000 units (in milli-units, after counter_loose_goods) either
-- way: a write past it fails as a check violation (mapped to 409) instead of overflowing the
-- integer into a 500.
ALTER TABLE "Product" ADD CONSTRAINT "Product_stock_bounds" CHECK ("stockMilli" BETWEEN -1000000000 AND 1000000000);
