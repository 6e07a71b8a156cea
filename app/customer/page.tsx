import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Stat } from "@/components/ui/stat";
import { requireRolePage } from "@/lib/auth/session";
import { formatPaise } from "@/lib/money";
import { customerHomeFigures } from "@/lib/queries/home";

export default async function CustomerHome() {
  const user = await requireRolePage("CUSTOMER");
  const [t, locale, f] = await Promise.all([getTranslations("home"), getLocale(), customerHomeFigures(user.id)]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("customerWelcome", { name: user.name })}</h1>
        <p className="text-stone-600">{t("customerIntro")}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Stat
          label={t("totalDue")}
          value={formatPaise(f.duePaise, locale)}
          sub={
            f.advancePaise > 0
              ? `${t("shopsCount", { count: f.shops })} · ${t("advanceAtShops", { amount: formatPaise(f.advancePaise, locale) })}`
              : t("shopsCount", { count: f.shops })
          }
          href="/customer/bills"
          testId="total-due"
        />
        <div className="flex flex-col gap-3">
          <Link href="/customer/shops" className="rounded-xl bg-brand-600 px-5 py-4 text-center font-medium text-white">
            {t("browseShops")}
          </Link>
          <Link
            href="/customer/bills"
            className="rounded-xl bg-white px-5 py-4 text-center font-medium text-brand-700 ring-1 ring-stone-300"
          >
            {t("seeBills")}
          </Link>
        </div>
      </div>
    </div>
  );
}
