-- AlterTable
ALTER TABLE "Merchant" ADD COLUMN     "orderHoldMinutes" INTEGER NOT NULL DEFAULT 120;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "holdExpiresAt" TIMESTAMP(3);
