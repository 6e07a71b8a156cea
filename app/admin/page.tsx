import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/admin/audit-table";
import { EmptyState } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { requireRolePage } from "@/lib/auth/session";
import { formatPaise } from "@/lib/money";
import { adminOverviewExtras, recentAudit } from "@/lib/queries/admin";
import { adminHomeFigures } from "@/lib/queries/home";
import { databaseHealthy } from "@/lib/queries/health";

export default async function AdminHome() {
  await requireRolePage("ADMIN");
  const [t, tn, ta, locale, f, extra, healthy, audit] = await Promise.all([
    getTranslations("home"),
    getTranslations("nav"),
    getTranslations("admin.overview"),
    getLocale(),
    adminHomeFigures(),
    adminOverviewExtras(),
    databaseHealthy(),
    recentAudit(8),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("adminWelcome")}</h1>
        <p className="text-stone-600">{t("adminIntro")}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={tn("adminMerchants")} value={f.merchants} href="/admin/merchants" testId="admin-merchants" />
        <Stat label={tn("adminUsers")} value={f.customers} href="/admin/users" />
        <Stat label={tn("adminGuests")} value={f.guests} href="/admin/guests" />
        <Stat
          label={tn("adminOrders")}
          value={f.orders}
          sub={ta("openOrders", { count: extra.openOrders })}
          href="/admin/orders"
        />
        <Stat
          label={ta("todayVolume")}
          value={formatPaise(f.todayPaise, locale)}
          sub={t("todayCount", { count: f.todayCount })}
          href="/admin/transactions"
        />
        <Stat label={ta("disabledAccounts")} value={extra.disabled} href="/admin/users?status=disabled" />
        <Stat label={ta("auditToday")} value={extra.audit24h} href="/admin/audit" />
        <Stat label={ta("database")} value={healthy ? ta("dbOk") : ta("dbDown")} testId="admin-db" />
      </div>
      <section className="flex flex-col gap-3" aria-labelledby="recent-audit">
        <div className="flex items-center justify-between">
          <h2 id="recent-audit" className="text-lg font-semibold">
            {ta("recentAudit")}
          </h2>
          <Link href="/admin/audit" className="text-sm text-brand-700 hover:underline">
            {ta("seeAll")}
          </Link>
        </div>
        {audit.length ? <AuditTable rows={audit} /> : <EmptyState title={ta("noAudit")} />}
      </section>
    </div>
  );
}
