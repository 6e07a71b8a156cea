import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/settings/print-button";
import { EmptyState } from "@/components/ui/card";
import { UpiQr } from "@/components/upi/upi-qr";
import { requireMerchantPage } from "@/lib/auth/session";
import { getShopSettings } from "@/lib/queries/shop";
import { shopUpiUri } from "@/lib/upi";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("standee.title") };
}

// Paper sizes in mm (Chromium knows no "A6" keyword for @page): the card is drawn at that size,
// so what prints is what is shown.
const SIZES = {
  a5: { width: "148mm", height: "210mm", box: "w-[148mm] h-[210mm]", qr: 340, name: "text-4xl", scan: "text-2xl" },
  a6: { width: "105mm", height: "148mm", box: "w-[105mm] h-[148mm]", qr: 230, name: "text-2xl", scan: "text-lg" },
} as const;

export default async function StandeePage({ searchParams }: { searchParams: Promise<{ size?: string }> }) {
  const { merchant } = await requireMerchantPage();
  const [shop, t, { size: raw }] = await Promise.all([
    getShopSettings(merchant.id),
    getTranslations("settings.standee"),
    searchParams,
  ]);
  if (!shop) notFound();
  const sizeKey = raw === "a6" ? "a6" : "a5";
  const size = SIZES[sizeKey];
  const uri = shopUpiUri(shop);

  return (
    <div className="flex flex-col gap-4">
      <div className="no-print flex flex-col gap-3">
        <Link href="/merchant/settings" className="text-sm font-medium text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {uri ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-stone-600">{t("hint")}</p>
            <nav aria-label={t("size")} className="flex gap-2">
              {(["a5", "a6"] as const).map((k) => (
                <Link
                  key={k}
                  href={`/merchant/settings/standee?size=${k}`}
                  aria-current={k === sizeKey ? "page" : undefined}
                  className={`rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ${k === sizeKey ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-stone-700 ring-stone-300"}`}
                >
                  {t(k)}
                </Link>
              ))}
            </nav>
            <PrintButton>{t("print")}</PrintButton>
          </div>
        ) : null}
      </div>
      {uri ? (
        <>
          {/* In print the standee alone fills one sheet: pinned to the page's corner, the rest of the app frame clipped away. */}
          <style>{`@page { size: ${size.width} ${size.height}; margin: 0 }
@media print {
  html, body { height: calc(${size.height} - 1mm) !important; min-height: 0 !important; overflow: hidden !important }
  #standee { position: absolute; top: 0; left: 0; width: ${size.width} !important; height: calc(${size.height} - 1mm) !important; margin: 0 !important; border: 0 !important; box-shadow: none !important }
}`}</style>
          <div className="overflow-x-auto print:overflow-visible">
            <section
              id="standee"
              data-testid="standee"
              className={`${size.box} mx-auto flex shrink-0 flex-col items-center justify-center gap-5 border border-stone-300 bg-white p-[10mm] text-center shadow-sm`}
            >
              <p className={`${size.name} font-bold text-stone-900`}>{shop.shopName}</p>
              <UpiQr uri={uri} size={size.qr} />
              <p className={`${size.scan} font-semibold text-brand-700`}>{t("scan")}</p>
              <p className="text-sm text-stone-600">{t("apps")}</p>
            </section>
          </div>
        </>
      ) : (
        <EmptyState title={t("empty")}>
          <Link href="/merchant/settings" className="font-medium text-brand-700 underline">
            {t("setUp")}
          </Link>
        </EmptyState>
      )}
    </div>
  );
}
