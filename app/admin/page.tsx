import { getLocale, getTranslations } from "next-intl/server";
import { Stat } from "@/components/ui/stat";
import { requireRolePage } from "@/lib/auth/session";
import { formatPaise } from "@/lib/money";
import { adminHomeFigures } from "@/lib/queries/home";
import { databaseHealthy } from "@/lib/queries/health";

export default async function AdminHome() {
  await requireRolePage("ADMIN");
  const [t, tn, locale, f, healthy] = await Promise.all([getTranslations("home"), getTranslations("nav"), getLocale(), adminHomeFigures(), databaseHealthy()]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("adminWelcome")}</h1>
        <p className="text-stone-600">{t("adminIntro")}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Stat label={tn("adminMerchants")} value={f.merchants} href="/admin/merchants" testId="admin-merchants" />
        <Stat label={tn("adminUsers")} value={f.customers} href="/admin/users" />
        <Stat label={tn("adminGuests")} value={f.guests} href="/admin/guests" />
        <Stat label={tn("adminOrders")} value={f.orders} href="/admin/orders" />
        <Stat label={t("todaySales")} value={formatPaise(f.todayPaise, locale)} sub={t("todayCount", { count: f.todayCount })} href="/admin/transactions" />
        <Stat label="PostgreSQL" value={healthy ? "OK" : "DOWN"} />
      </div>
    </div>
  );
}
