"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/app/actions/locale";
import type { Locale } from "@/lib/i18n/config";

export function LocaleSwitcher({ className = "" }: { className?: string }) {
  const t = useTranslations("common");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [pending, start] = useTransition();
  const choose = (l: Locale) =>
    start(async () => {
      await setLocale(l);
      router.refresh();
    });
  return (
    <div
      role="group"
      aria-label={t("language")}
      className={`inline-flex overflow-hidden rounded-lg ring-1 ring-stone-300 ${className}`}
    >
      {(["en", "hi"] as const).map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          disabled={pending}
          aria-pressed={locale === l}
          onClick={() => choose(l)}
          className={`px-3 py-1.5 text-sm ${locale === l ? "bg-brand-600 text-white" : "bg-white text-stone-700 hover:bg-stone-100"}`}
        >
          {l === "en" ? t("english") : t("hindi")}
        </button>
      ))}
    </div>
  );
}
