-- A safety net under every stock path (adjustments, imports, sales, voids, order returns):
-- the product rules cap stock at 10,000,000 units, and no write may take it past
-- 1,000,000,000 either way, so a bug fails as a check violation (mapped to 409) instead of
-- overflowing the integer into a 500. Bulk fixtures (benchmarks) may go past the rules' cap.
ALTER TABLE "Product" ADD CONSTRAINT "Product_stock_bounds" CHECK ("stock" BETWEEN -1000000000 AND 1000000000);
