-- Shopkeeper analytics (lib/domain/analytics.ts) at 100,000+ ledger entries per shop.
-- Raw-SQL partial and covering indexes: the Prisma schema cannot express INCLUDE or WHERE,
-- so schema.prisma does not list them (and the datamodel diff that writes new migrations
-- never drops them). Covering columns let a scan answer from the index alone once
-- autovacuum has marked the pages all-visible.

-- Live sales of a shop in a period (every period card): time range scan, sale columns included.
CREATE INDEX "Transaction_analytics_sales_idx" ON "Transaction" ("merchantId", "occurredAt")
  INCLUDE ("id", "type", "method", "amountPaise", "customerId")
  WHERE "type" IN ('SALE', 'CREDIT_SALE');

-- The voids of a shop, read once per query to drop the sales they reverse.
CREATE INDEX "Transaction_analytics_voids_idx" ON "Transaction" ("merchantId", "voidsId")
  WHERE "type" = 'VOID';

-- Credit sales per customer in FIFO order (money owed and its age): the running total
-- over each customer's bills reads them in index order, with no sort.
CREATE INDEX "Transaction_analytics_credit_idx" ON "Transaction" ("merchantId", "customerId", "occurredAt", "createdAt", "id")
  INCLUDE ("amountPaise")
  WHERE "type" = 'CREDIT_SALE';

-- Payments per customer (money owed).
CREATE INDEX "Transaction_analytics_payments_idx" ON "Transaction" ("merchantId", "customerId")
  INCLUDE ("amountPaise")
  WHERE "type" = 'PAYMENT';

-- Line items of a sale with what the category and product cards add up.
CREATE INDEX "TransactionItem_analytics_idx" ON "TransactionItem" ("transactionId")
  INCLUDE ("productId", "category", "lineTotalPaise", "quantity");
