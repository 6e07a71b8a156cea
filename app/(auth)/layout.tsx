import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-dvh flex-col items-center bg-gradient-to-b from-brand-50 to-stone-50 px-4 py-8">
      <div className="flex w-full max-w-md items-center justify-between">
        <div>
          <p className="text-2xl font-bold text-brand-700">{t("appName")}</p>
          <p className="text-sm text-stone-600">{t("tagline")}</p>
        </div>
        <LocaleSwitcher />
      </div>
      <main className="mt-6 w-full max-w-md">{children}</main>
    </div>
  );
}
