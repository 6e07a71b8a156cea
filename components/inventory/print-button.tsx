"use client";
import { useTranslations } from "next-intl";

/** Opens the browser's print dialog; the page's print styles hide the shop's navigation. */
export function PrintButton() {
  const t = useTranslations("inventory.reorder");
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-lg bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700"
    >
      {t("print")}
    </button>
  );
}
