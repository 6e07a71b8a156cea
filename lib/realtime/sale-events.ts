// The live event of a counter sale, for every way a sale arrives (the API, the counter's
// action, the offline queue's sync): only a sale that was really created is news; a replay
// was announced the first time.
import "server-only";
import type { SaleReceipt } from "@/lib/domain/sales";
import { customerUserIdOf } from "@/lib/queries/customers";
import { publishEvent } from "@/lib/realtime/publish";

export async function announceSale(merchantId: string, sale: SaleReceipt): Promise<void> {
  if (sale.replayed) return;
  const customerUserId = await customerUserIdOf(merchantId, sale.customer?.id ?? null);
  await publishEvent({
    type: "sale.created",
    merchantId,
    customerUserId,
    id: sale.id,
    data: { amountPaise: sale.amountPaise, method: sale.method },
  });
}
