"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { unsyncedCount } from "@/lib/offline/outbox";
import { InstallPrompt } from "./install-prompt";
import { SyncStatus } from "./sync-status";
import { UpdatePrompt } from "./update-prompt";

type GuardWindow = Window & { __gsSignOutGuard?: () => Promise<string | null> };

/**
 * Everything the signed-in shell needs from the PWA layer, mounted once in AppShell (top of
 * the content): the offline / waiting-sales strip, the install and update prompts (floating
 * above the phone tab bar), and the sign-out guard: signing out with sales not yet on the
 * server is refused with their count (SignOutButton asks window.__gsSignOutGuard).
 */
export function PwaPrompts() {
  const t = useTranslations("pwa");
  useEffect(() => {
    const w = window as GuardWindow;
    const guard = async () => {
      const n = await unsyncedCount();
      return n > 0 ? t("signOutBlocked", { count: n }) : null;
    };
    w.__gsSignOutGuard = guard;
    return () => {
      if (w.__gsSignOutGuard === guard) delete w.__gsSignOutGuard;
    };
  }, [t]);
  return (
    <>
      <SyncStatus />
      <div className="no-print pointer-events-none fixed right-3 bottom-20 z-30 flex flex-col items-end gap-2 lg:bottom-4 [&>*]:pointer-events-auto">
        <UpdatePrompt />
        <InstallPrompt />
      </div>
    </>
  );
}
