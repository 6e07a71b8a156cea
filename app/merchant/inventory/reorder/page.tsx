import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PrintButton } from "@/components/inventory/print-button";
import { ReorderTable } from "@/components/inventory/reorder-table";
import { requireMerchantPage } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getReorderList } from "@/lib/queries/inventory";

export default async function ReorderPage() {
  const { merchant } = await requireMerchantPage();
  const [lines, t, locale] = await Promise.all([
    getReorderList(merchant.id),
    getTranslations("inventory.reorder"),
    getLocale(),
  ]);
  return (
    <div className="flex flex-col gap-4 print:gap-2">
      <Link href="/merchant/inventory" className="no-print text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold print:text-lg">{t("title")}</h1>
          {/* On paper: whose list and when, for the supplier. */}
          <p className="text-stone-600 print:text-black">
            {t("subtitle", { shop: merchant.shopName, date: formatDate(new Date(), locale, merchant.timeZone) })}
          </p>
          <p className="text-sm text-stone-600 print:hidden">{t("intro", { count: lines.length })}</p>
        </div>
        {lines.length ? (
          <div className="no-print flex gap-2">
            <PrintButton />
            <a
              href="/merchant/inventory/reorder/export"
              download
              className="rounded-lg px-4 py-2.5 font-medium text-stone-800 ring-1 ring-stone-300 hover:bg-stone-100"
            >
              {t("export")}
            </a>
          </div>
        ) : null}
      </div>
      <ReorderTable lines={lines} />
    </div>
  );
}
