import type { Metadata } from "next";
import { createTranslator } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { catalogs } from "@/messages";
import { ReloadButton } from "@/components/pwa/reload-button";

// The service worker precaches this page when it installs and shows it for any screen
// that needs the network while there is none. It is cached in the language of that
// moment, so it also says the same in the other language: a switch made later still
// reads right offline.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pwa");
  return { title: t("offlineTitle"), robots: { index: false } };
}

export default async function OfflinePage() {
  const locale = await getLocale();
  const other = locale === "hi" ? "en" : "hi";
  const t = await getTranslations("pwa");
  // Straight from the catalog: the request config always answers in the request's language.
  const tOther = createTranslator({ locale: other, messages: catalogs[other], namespace: "pwa" });
  return (
    <main className="mx-auto mt-16 max-w-md px-4" data-testid="offline-page">
      <div className="rounded-xl bg-white p-6 text-center shadow-sm ring-1 ring-stone-200">
        <p
          aria-hidden
          className="mx-auto mb-3 flex size-12 items-center justify-center rounded-full bg-amber-100 text-2xl"
        >
          ⚡
        </p>
        <h1 className="text-xl font-semibold">{t("offlineTitle")}</h1>
        <p className="mt-2 text-stone-600">{t("offlineBody")}</p>
        <div className="mt-5 flex flex-wrap justify-center gap-2">
          <ReloadButton label={t("tryAgain")} />
          {/* A plain link (not next/link): a full navigation lets the service worker answer from its cache. */}
          <a
            href="/merchant/pos"
            className="rounded-lg px-4 py-2 text-stone-800 ring-1 ring-stone-300 hover:bg-stone-100"
          >
            {t("openPos")}
          </a>
        </div>
        <div lang={other} className="mt-6 border-t border-stone-200 pt-4 text-sm text-stone-500">
          <p className="font-medium">{tOther("offlineTitle")}</p>
          <p>{tOther("offlineBody")}</p>
        </div>
      </div>
    </main>
  );
}
