"use client";
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { applyUpdate, getUpdateState, subscribeUpdate } from "./sw-registration";

/** "A new version is ready — Reload" once a new service worker waits (or took over in another tab). */
export function UpdatePrompt() {
  const t = useTranslations("pwa");
  const state = useSyncExternalStore(subscribeUpdate, getUpdateState, () => "none" as const);
  if (state === "none") return null;
  return (
    <div
      role="status"
      className="flex items-center gap-3 rounded-full bg-stone-900 py-1 pr-1 pl-4 text-sm text-white shadow-lg"
      data-testid="update-prompt"
    >
      <span>{t("updateReady")}</span>
      <button
        type="button"
        onClick={applyUpdate}
        className="rounded-full bg-white px-4 py-2 font-medium text-stone-900 hover:bg-stone-100"
      >
        {t("reload")}
      </button>
    </div>
  );
}
