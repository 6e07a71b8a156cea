import { useTranslations } from "next-intl";
import { ClientMessages } from "@/components/i18n/client-messages";

// This section's client components get only the messages they use (lib/i18n/client-namespaces.ts).
// The title and subtitle are drawn here, not by the page: this layout does not wait for data, so
// it is in the first HTML and stays, while the page (it waits for the session and its period)
// comes later from behind its loading boundary. The subtitle is the phone's largest paint; when
// a reveal replaced it, Lighthouse counted it ~2 s late.
export default function MerchantAnalyticsLayout({ children }: { children: React.ReactNode }) {
  const t = useTranslations("analytics");
  return (
    <ClientMessages scope="app/merchant/analytics">
      <div className="flex flex-col gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-stone-600">{t("subtitle")}</p>
        </div>
        {children}
      </div>
    </ClientMessages>
  );
}
