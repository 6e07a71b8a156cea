"use client";
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { useBrowserValue } from "@/components/hooks/use-browser-value";
import { getInstallOffer, isStandalone, promptInstall, subscribeInstallOffer } from "./install-store";

const DISMISSED_KEY = "gs-install-dismissed";
const ASK_AGAIN_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

function dismissedRecently() {
  try {
    const at = Number(localStorage.getItem(DISMISSED_KEY));
    return Boolean(at) && Date.now() - at < ASK_AGAIN_AFTER_MS;
  } catch {
    return false;
  }
}

/** "Install app" while the browser offers installation; hidden once installed or dismissed. */
export function InstallPrompt() {
  const t = useTranslations("pwa");
  const offer = useSyncExternalStore(subscribeInstallOffer, getInstallOffer, () => null);
  // Read after mount: localStorage and display-mode exist only in the browser.
  const hiddenBefore = useBrowserValue(() => isStandalone() || dismissedRecently(), true);
  const [dismissedNow, setHidden] = useState(false);

  if (!offer || hiddenBefore || dismissedNow) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(DISMISSED_KEY, String(Date.now()));
    } catch {
      // storage blocked: hide for this page only
    }
    setHidden(true);
  };
  return (
    <div
      className="flex items-center gap-1 rounded-full bg-white py-1 pr-1 pl-1 shadow-lg ring-1 ring-stone-200"
      data-testid="install-prompt"
    >
      <button
        type="button"
        title={t("installHint")}
        onClick={() => void promptInstall().then((outcome) => outcome === "dismissed" && dismiss())}
        className="rounded-full bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("installApp")}
      </button>
      <button
        type="button"
        onClick={dismiss}
        className="rounded-full px-3 py-2 text-sm text-stone-600 hover:bg-stone-100"
      >
        {t("dismiss")}
      </button>
    </div>
  );
}
