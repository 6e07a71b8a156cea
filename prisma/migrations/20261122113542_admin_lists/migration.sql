-- CreateIndex
CREATE INDEX "GuestUser_createdAt_id_idx" ON "GuestUser"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Transaction_occurredAt_id_idx" ON "Transaction"("occurredAt", "id");
