-- CreateEnum
CREATE TYPE "ScaleBarcode" AS ENUM ('OFF', 'WEIGHT', 'PRICE');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('OWNER', 'MANAGER', 'CASHIER');

-- CreateEnum
CREATE TYPE "CashMoveKind" AS ENUM ('IN', 'OUT');

-- AlterTable
ALTER TABLE "Merchant" ADD COLUMN     "scaleBarcode" "ScaleBarcode" NOT NULL DEFAULT 'WEIGHT',
ADD COLUMN     "sellPastStock" BOOLEAN NOT NULL DEFAULT true;

-- Quantities become exact milli-units (1 piece / kg / litre = 1000). Renamed, not dropped,
-- so existing stock, movements and line items keep their values (x 1000).
ALTER TABLE "Product" RENAME COLUMN "stock" TO "stockMilli";
UPDATE "Product" SET "stockMilli" = "stockMilli" * 1000;
ALTER INDEX "Product_merchantId_stock_idx" RENAME TO "Product_merchantId_stockMilli_idx";
-- The low-stock threshold stays in whole units: the partial index compares like the queries do.
DROP INDEX "Product_merchantId_low_stock_idx";
CREATE INDEX "Product_merchantId_low_stock_idx" ON "Product" ("merchantId", lower("name")) WHERE "stockMilli" <= "lowStockThreshold" * 1000;

ALTER TABLE "StockMovement" RENAME COLUMN "delta" TO "quantityMilli";
UPDATE "StockMovement" SET "quantityMilli" = "quantityMilli" * 1000;

-- AlterTable
ALTER TABLE "Transaction" ADD COLUMN     "shiftId" TEXT;

-- Line items: renamed (the analytics covering index follows the rename), and the unit
-- snapshotted like the name and price, so a receipt prints "0.250 kg" forever.
ALTER TABLE "TransactionItem" RENAME COLUMN "quantity" TO "quantityMilli";
UPDATE "TransactionItem" SET "quantityMilli" = "quantityMilli" * 1000;
ALTER TABLE "TransactionItem" ADD COLUMN "unit" "Unit" NOT NULL DEFAULT 'PIECE';
UPDATE "TransactionItem" i SET "unit" = p."unit" FROM "Product" p WHERE p."id" = i."productId" AND p."unit" <> 'PIECE';

ALTER TABLE "OrderItem" RENAME COLUMN "quantity" TO "quantityMilli";
UPDATE "OrderItem" SET "quantityMilli" = "quantityMilli" * 1000;
ALTER TABLE "OrderItem" ADD COLUMN "unit" "Unit" NOT NULL DEFAULT 'PIECE';
UPDATE "OrderItem" i SET "unit" = p."unit" FROM "Product" p WHERE p."id" = i."productId" AND p."unit" <> 'PIECE';

-- CreateTable
CREATE TABLE "Staff" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "pinHash" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "Staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shift" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "counter" TEXT NOT NULL DEFAULT 'main',
    "openCounter" TEXT,
    "openingCashPaise" INTEGER NOT NULL,
    "openedById" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedById" TEXT,
    "closedAt" TIMESTAMP(3),
    "countedCashPaise" INTEGER,
    "expectedCashPaise" INTEGER,
    "variancePaise" INTEGER,
    "report" JSONB,

    CONSTRAINT "Shift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CashMove" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "shiftId" TEXT NOT NULL,
    "kind" "CashMoveKind" NOT NULL,
    "amountPaise" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CashMove_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Staff_userId_key" ON "Staff"("userId");

-- CreateIndex
CREATE INDEX "Staff_merchantId_role_idx" ON "Staff"("merchantId", "role");

-- CreateIndex
CREATE INDEX "Shift_merchantId_openedAt_idx" ON "Shift"("merchantId", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shift_merchantId_openCounter_key" ON "Shift"("merchantId", "openCounter");

-- CreateIndex
CREATE INDEX "CashMove_shiftId_idx" ON "CashMove"("shiftId");

-- CreateIndex
CREATE INDEX "Transaction_merchantId_createdById_occurredAt_idx" ON "Transaction"("merchantId", "createdById", "occurredAt");

-- CreateIndex
CREATE INDEX "Transaction_shiftId_idx" ON "Transaction"("shiftId");

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "Shift"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Staff" ADD CONSTRAINT "Staff_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Staff" ADD CONSTRAINT "Staff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CashMove" ADD CONSTRAINT "CashMove_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "Shift"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
