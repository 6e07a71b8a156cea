import { getTranslations } from "next-intl/server";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { ReminderList } from "@/components/reminders/reminder-list";
import { requireMerchantPage } from "@/lib/auth/session";
import { distinctNames } from "@/lib/people";
import { listReminders } from "@/lib/queries/reminders";

/** Tabs with dues, oldest first: one tap sends a reminder on WhatsApp (and to the customer's app). */
export default async function RemindersPage() {
  const { merchant } = await requireMerchantPage();
  const [t, rows] = await Promise.all([
    getTranslations("customers.remindList"),
    listReminders(merchant.id, merchant.timeZone),
  ]);
  const names = distinctNames(rows);
  return (
    <div className="flex flex-col gap-4">
      <LiveRefresh types={["sale.created", "payment.created", "sale.voided", "customer.updated"]} />
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      <ReminderList
        timeZone={merchant.timeZone}
        rows={rows.map((r, i) => ({
          customerId: r.customerId,
          name: names[i]!,
          phone: r.phone,
          duePaise: r.duePaise,
          ageDays: r.ageDays,
          lastRemindedAt: r.lastRemindedAt?.toISOString() ?? null,
          doNotRemind: r.doNotRemind,
          canPush: r.canPush,
        }))}
      />
    </div>
  );
}
