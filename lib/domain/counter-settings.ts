// The counter's settings: sell past recorded stock (flagged for review) or refuse, and how the
// shop's scale prints weighed-item barcodes. Audited like every shop setting.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseOrThrow } from "@/lib/validation/common";
import { writeAudit } from "./audit";

export const counterSettingsInput = z.object({
  sellPastStock: z.boolean(),
  scaleBarcode: z.enum(["OFF", "WEIGHT", "PRICE"]),
});
export type CounterSettings = z.infer<typeof counterSettingsInput>;

export async function getCounterSettings(merchantId: string): Promise<CounterSettings> {
  return db.merchant.findUniqueOrThrow({
    where: { id: merchantId },
    select: { sellPastStock: true, scaleBarcode: true },
  });
}

export async function updateCounterSettings(merchantId: string, actorUserId: string, raw: unknown) {
  const input = parseOrThrow(counterSettingsInput, raw);
  return db.$transaction(async (tx) => {
    const before = await tx.merchant.findUniqueOrThrow({
      where: { id: merchantId },
      select: { sellPastStock: true, scaleBarcode: true },
    });
    await tx.merchant.update({ where: { id: merchantId }, data: input });
    await writeAudit(tx, {
      actorId: actorUserId,
      actorRole: "MERCHANT",
      merchantId,
      action: "shop.counter_settings",
      entity: "Merchant",
      entityId: merchantId,
      before,
      after: input,
    });
    return input;
  });
}
