-- Every stock path (adjustments, imports, sales, voids, order returns) stays within the
-- product rules' cap of 10,000,000 units either way: a write past it fails as a check
-- violation (mapped to 409) instead of overflowing the integer into a 500.
ALTER TABLE "Product" ADD CONSTRAINT "Product_stock_bounds" CHECK ("stock" BETWEEN -10000000 AND 10000000);
