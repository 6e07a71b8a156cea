-- DropForeignKey
ALTER TABLE "Transaction" DROP CONSTRAINT "Transaction_voidsId_fkey";

-- DropForeignKey
ALTER TABLE "Transaction" DROP CONSTRAINT "Transaction_orderId_fkey";

-- DropIndex
DROP INDEX "Transaction_voidsId_key";

-- DropIndex
DROP INDEX "Transaction_orderId_key";

-- DropIndex
DROP INDEX "PaymentClaim_transactionId_key";

-- CreateIndex
CREATE UNIQUE INDEX "Transaction_merchantId_id_key" ON "Transaction"("merchantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Transaction_merchantId_voidsId_key" ON "Transaction"("merchantId", "voidsId");

-- CreateIndex
CREATE UNIQUE INDEX "Transaction_merchantId_orderId_key" ON "Transaction"("merchantId", "orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_merchantId_id_key" ON "Order"("merchantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentClaim_merchantId_transactionId_key" ON "PaymentClaim"("merchantId", "transactionId");

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_merchantId_voidsId_fkey" FOREIGN KEY ("merchantId", "voidsId") REFERENCES "Transaction"("merchantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_merchantId_orderId_fkey" FOREIGN KEY ("merchantId", "orderId") REFERENCES "Order"("merchantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
