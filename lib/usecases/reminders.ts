// Due reminders, one user operation each: remind one tab, remind every tab older than N days,
// turn reminders off or on for a tab. Called by the server actions on /merchant/reminders and
// by the /api/v1/reminders handlers alike: parse -> the shop (actor) -> domain -> result and
// the Remind screen to refresh.
import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { recordReminder, setDoNotRemind } from "@/lib/domain/reminders";
import { createStatementLink } from "@/lib/domain/statement-link";
import { pushToUser } from "@/lib/push/send";
import { listReminders, type ReminderRow } from "@/lib/queries/reminders";
import { reminderPush, reminderText, whatsappUrl } from "@/lib/reminder-message";
import { shopUpiUri } from "@/lib/upi";
import { parseOrThrow } from "@/lib/validation/common";
import { bulkRemindInput, doNotRemindInput, remindInput } from "@/lib/validation/reminders";
import { outcome } from "./core";
import { REFRESH } from "./refresh";

export type ShopActor = { userId: string; merchantId: string };
export type SentReminder = {
  customerId: string;
  name: string;
  duePaise: number;
  /** Opens WhatsApp with the message (the shop taps send: WhatsApp allows no sending for it). */
  whatsappUrl: string;
  text: string;
  statementUrl: string;
  /** Devices of the customer that accepted the push notification. */
  pushed: number;
  remindedAt: Date;
};

async function shopOf(merchantId: string) {
  const shop = await db.merchant.findUnique({
    where: { id: merchantId },
    select: { shopName: true, timeZone: true, upiId: true, upiPayeeName: true },
  });
  if (!shop) throw new DomainError("not_found", "Shop not found");
  return shop;
}

async function send(
  actor: ShopActor,
  shop: Awaited<ReturnType<typeof shopOf>>,
  row: ReminderRow,
  origin: string,
): Promise<SentReminder> {
  const link = await createStatementLink(actor.merchantId, actor.userId, { customerId: row.customerId });
  const statementUrl = `${origin}/s/${link.token}`;
  const text = reminderText({
    locale: row.locale,
    shopName: shop.shopName,
    customerName: row.name,
    duePaise: row.duePaise,
    statementUrl,
    upiUri: shopUpiUri(shop, row.duePaise),
  });
  const pushed = row.userId
    ? await pushToUser(row.userId, {
        ...reminderPush({ locale: row.locale, shopName: shop.shopName, duePaise: row.duePaise }),
        url: `/customer/bills/${row.customerId}`,
        tag: `due-${row.customerId}`,
      })
    : 0;
  const rec = await recordReminder(actor.merchantId, actor.userId, {
    customerId: row.customerId,
    duePaise: row.duePaise,
    pushed,
  });
  return {
    customerId: row.customerId,
    name: row.name,
    duePaise: row.duePaise,
    whatsappUrl: whatsappUrl(row.phone, text),
    text,
    statementUrl,
    pushed,
    remindedAt: rec.createdAt,
  };
}

/** Remind one tab of its due: a signed statement link, the WhatsApp message, a push to the app. */
export async function remindTab(actor: ShopActor, raw: unknown, origin: string) {
  const { customerId } = parseOrThrow(remindInput, raw);
  const shop = await shopOf(actor.merchantId);
  const row = (await listReminders(actor.merchantId, shop.timeZone)).find((r) => r.customerId === customerId);
  if (!row) {
    const exists = await db.customer.count({ where: { id: customerId, merchantId: actor.merchantId } });
    if (!exists) throw new DomainError("not_found", "Customer not found");
    throw new DomainError("conflict", "Nothing is due on this tab", undefined, { reason: "nothing_due" });
  }
  if (row.doNotRemind)
    throw new DomainError("conflict", "This tab is set to not be reminded", undefined, { reason: "do_not_remind" });
  return outcome(await send(actor, shop, row, origin), REFRESH.reminders);
}

/** Remind every tab whose oldest unpaid bill is older than N days (30 by default), except "do not remind". */
export async function remindAllOlderThan(actor: ShopActor, raw: unknown, origin: string) {
  const { olderThanDays } = parseOrThrow(bulkRemindInput, raw ?? {});
  const shop = await shopOf(actor.merchantId);
  const due = (await listReminders(actor.merchantId, shop.timeZone)).filter(
    (r) => r.ageDays > olderThanDays && !r.doNotRemind,
  );
  const reminders: SentReminder[] = [];
  for (const row of due) reminders.push(await send(actor, shop, row, origin));
  return outcome({ olderThanDays, reminders }, REFRESH.reminders);
}

export async function changeDoNotRemind(actor: ShopActor, raw: unknown) {
  const { customerId, doNotRemind } = parseOrThrow(doNotRemindInput, raw);
  return outcome(await setDoNotRemind(actor.merchantId, actor.userId, customerId, doNotRemind), REFRESH.reminders);
}
