import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { Skeleton } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { requireMerchantPage } from "@/lib/auth/session";
import { formatPaise } from "@/lib/money";
import { merchantHomeFigures } from "@/lib/queries/home";

export default async function MerchantHome() {
  const { user, merchant } = await requireMerchantPage();
  const t = await getTranslations("home");
  return (
    <div className="flex flex-col gap-6">
      {/* Today's figures follow the shop's other screens live, like sales history. */}
      <LiveRefresh
        types={["sale.created", "sale.voided", "payment.created", "order.created", "order.updated", "product.updated"]}
      />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("merchantWelcome", { name: user.name })}</h1>
          <p className="text-stone-600">{t("merchantIntro")}</p>
        </div>
        <Link
          href="/merchant/pos"
          className="rounded-lg bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700"
        >
          {t("startSelling")}
        </Link>
      </div>
      {!merchant.upiId ? (
        <div
          role="status"
          className="flex flex-wrap items-center justify-between gap-2 rounded-xl bg-amber-50 px-4 py-3 text-amber-900 ring-1 ring-amber-200"
        >
          <span>{t("upiMissing")}</span>
          <Link href="/merchant/settings" className="font-medium underline">
            {t("upiSetup")}
          </Link>
        </div>
      ) : null}
      <Suspense
        fallback={
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-28" />
            ))}
          </div>
        }
      >
        <Figures merchantId={merchant.id} timeZone={merchant.timeZone} />
      </Suspense>
    </div>
  );
}

async function Figures({ merchantId, timeZone }: { merchantId: string; timeZone: string }) {
  const [f, t, locale] = await Promise.all([
    merchantHomeFigures(merchantId, timeZone),
    getTranslations("home"),
    getLocale(),
  ]);
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <Stat
        label={t("todaySales")}
        value={formatPaise(f.todaySalesPaise, locale)}
        sub={t("todayCount", { count: f.todayCount })}
        href="/merchant/sales"
        testId="today-sales"
      />
      <Stat
        label={t("owedToYou")}
        value={formatPaise(f.owedPaise, locale)}
        sub={f.advancePaise > 0 ? t("advancesHeld", { amount: formatPaise(f.advancePaise, locale) }) : undefined}
        href="/merchant/customers"
        testId="owed-to-you"
      />
      <Stat label={t("openOrders")} value={f.openOrders} href="/merchant/orders" />
      <Stat
        label={t("lowStock")}
        value={f.lowStock}
        sub={t("outOfStock", { count: f.outOfStock })}
        href={f.lowStock === 0 && f.outOfStock > 0 ? "/merchant/inventory?stock=out" : "/merchant/inventory?stock=low"}
        testId="low-stock"
      />
    </div>
  );
}
