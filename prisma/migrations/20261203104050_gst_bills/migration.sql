-- CreateEnum
CREATE TYPE "GstStatus" AS ENUM ('UNREGISTERED', 'COMPOSITION', 'REGULAR');

-- CreateEnum
CREATE TYPE "BillKind" AS ENUM ('BILL', 'BILL_OF_SUPPLY', 'TAX_INVOICE', 'CREDIT_NOTE');

-- CreateEnum
CREATE TYPE "ReceiptLayout" AS ENUM ('ROLL_58', 'ROLL_80', 'A5', 'A4');

-- AlterEnum
ALTER TYPE "TransactionType" ADD VALUE 'RETURN';

-- AlterTable
ALTER TABLE "Merchant" ADD COLUMN     "billPrefix" TEXT,
ADD COLUMN     "gstRatesBp" INTEGER[] DEFAULT ARRAY[0, 25, 300, 500, 1800, 2800, 4000]::INTEGER[],
ADD COLUMN     "gstStatus" "GstStatus" NOT NULL DEFAULT 'UNREGISTERED',
ADD COLUMN     "receiptLayout" "ReceiptLayout" NOT NULL DEFAULT 'ROLL_80',
ADD COLUMN     "receiptLocale" TEXT,
ADD COLUMN     "roundOff" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "stateCode" TEXT;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "gstRateBp" INTEGER,
ADD COLUMN     "hsn" TEXT,
ADD COLUMN     "mrpPaise" INTEGER;

-- AlterTable
ALTER TABLE "Transaction" ADD COLUMN     "returnOfId" TEXT;

-- AlterTable
ALTER TABLE "TransactionItem" ADD COLUMN     "discountPaise" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "gstRateBp" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "hsn" TEXT,
ADD COLUMN     "taxPaise" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "taxablePaise" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Bill" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "kind" "BillKind" NOT NULL,
    "series" TEXT NOT NULL,
    "fy" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "taxablePaise" INTEGER NOT NULL,
    "cgstPaise" INTEGER NOT NULL,
    "sgstPaise" INTEGER NOT NULL,
    "igstPaise" INTEGER NOT NULL,
    "roundOffPaise" INTEGER NOT NULL,
    "totalPaise" INTEGER NOT NULL,
    "rates" JSONB NOT NULL,
    "buyerGstin" TEXT,
    "buyerName" TEXT,
    "buyerAddress" TEXT,
    "placeOfSupply" TEXT,
    "originalBillId" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "linkRevokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillCounter" (
    "merchantId" TEXT NOT NULL,
    "series" TEXT NOT NULL,
    "fy" TEXT NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "BillCounter_pkey" PRIMARY KEY ("merchantId","series","fy")
);

-- CreateIndex
CREATE UNIQUE INDEX "Bill_transactionId_key" ON "Bill"("transactionId");

-- CreateIndex
CREATE INDEX "Bill_merchantId_issuedAt_idx" ON "Bill"("merchantId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_merchantId_number_key" ON "Bill"("merchantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_merchantId_series_fy_seq_key" ON "Bill"("merchantId", "series", "fy", "seq");

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_returnOfId_fkey" FOREIGN KEY ("returnOfId") REFERENCES "Transaction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
