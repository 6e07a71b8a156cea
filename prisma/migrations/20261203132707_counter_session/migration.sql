-- CreateTable
CREATE TABLE "CounterSession" (
    "merchantId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "switchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CounterSession_pkey" PRIMARY KEY ("merchantId","sessionId")
);

-- CreateIndex
CREATE INDEX "CounterSession_expiresAt_idx" ON "CounterSession"("expiresAt");

-- AddForeignKey
ALTER TABLE "CounterSession" ADD CONSTRAINT "CounterSession_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterSession" ADD CONSTRAINT "CounterSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
