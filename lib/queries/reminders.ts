// The shop's "Remind" list: every tab with a due, oldest due first (then the largest), with
// when it was last reminded, whether the shop turned reminders off for it, the customer's
// language and whether their app takes push notifications.
import "server-only";
import { outstandingDues } from "@/lib/queries/analytics-dues";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";

export type ReminderRow = {
  customerId: string;
  name: string;
  phone: string | null;
  duePaise: number;
  /** Days since the oldest unpaid credit sale. */
  ageDays: number;
  oldestDate: string;
  lastRemindedAt: Date | null;
  doNotRemind: boolean;
  locale: Locale;
  /** The customer's app takes push notifications (signed up, opted in on a device). */
  canPush: boolean;
  userId: string | null;
};

/** A shop keeps a few hundred tabs at most: every due, in one pass. */
const MAX_TABS = 5_000;

export async function listReminders(merchantId: string, timeZone: string, now = new Date()): Promise<ReminderRow[]> {
  const dues = await outstandingDues(merchantId, { tz: timeZone }, now, MAX_TABS);
  const ids = dues.top.map((d) => d.customerId);
  if (!ids.length) return [];
  const [tabs, last, shopOwner] = await Promise.all([
    db.customer.findMany({
      where: { merchantId, id: { in: ids } },
      select: {
        id: true,
        doNotRemind: true,
        userId: true,
        user: { select: { locale: true, _count: { select: { pushSubscriptions: true } } } },
      },
    }),
    db.dueReminder.groupBy({
      by: ["customerId"],
      where: { merchantId, customerId: { in: ids } },
      _max: { createdAt: true },
    }),
    db.merchant.findUnique({ where: { id: merchantId }, select: { user: { select: { locale: true } } } }),
  ]);
  const tab = new Map(tabs.map((t) => [t.id, t]));
  const lastAt = new Map(last.map((l) => [l.customerId, l._max.createdAt]));
  // A tab without an account speaks the shop's language until the customer signs up.
  const fallback: Locale = shopOwner?.user.locale === "hi" ? "hi" : "en";
  const rows = dues.top.map((d): ReminderRow => {
    const t = tab.get(d.customerId);
    const locale = t?.user?.locale === "hi" ? "hi" : t?.user?.locale === "en" ? "en" : fallback;
    return {
      customerId: d.customerId,
      name: d.name,
      phone: d.phone,
      duePaise: d.duePaise,
      ageDays: d.ageDays,
      oldestDate: d.oldestDate,
      lastRemindedAt: lastAt.get(d.customerId) ?? null,
      doNotRemind: t?.doNotRemind ?? false,
      locale,
      canPush: (t?.user?._count.pushSubscriptions ?? 0) > 0,
      userId: t?.userId ?? null,
    };
  });
  // Oldest due first, then the largest: the ones most worth a word.
  return rows.sort((a, b) => b.ageDays - a.ageDays || b.duePaise - a.duePaise || a.name.localeCompare(b.name));
}
