-- Inventory list and search at 20,000+ products per shop. Raw-SQL indexes: Prisma's schema
-- cannot model trigram or expression indexes, so schema.prisma does not list them (and the
-- datamodel-to-datamodel diff that writes new migrations never drops them).
-- Every index here is also written on each stock UPDATE (sales, orders), so only these two.

-- No trigram index for substring search: measured at 20,000 products in one shop, the
-- planner never chose it (reading the shop's rows through the btree below is as fast) and it
-- made every stock UPDATE about 40% slower. Revisit if one shop ever holds far more.

-- The default inventory view (ORDER BY lower(name), id LIMIT 50) reads in index order instead
-- of sorting the shop's 20,000 rows on every page load.
CREATE INDEX "Product_merchantId_lower_name_id_idx" ON "Product" ("merchantId", lower("name"), "id");

-- The reorder list and the "low stock" filter compare two columns, so a partial index keeps
-- just those rows (usually a handful per shop).
CREATE INDEX "Product_merchantId_low_stock_idx" ON "Product" ("merchantId", lower("name")) WHERE "stock" <= "lowStockThreshold";
