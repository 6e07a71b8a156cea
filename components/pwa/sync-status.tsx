"use client";
import { useTranslations } from "next-intl";
import { useOnline } from "@/lib/offline/use-online";
import { useOutboxCounts } from "@/lib/offline/use-outbox";

/**
 * A strip saying "Offline" and how many sales wait to sync (or were refused). Shown on every
 * signed-in screen while either is true, so a shopkeeper who left the POS still sees it.
 */
export function SyncStatus() {
  const t = useTranslations("pwa");
  const online = useOnline();
  const counts = useOutboxCounts();
  const pending = counts?.pending ?? 0;
  const failed = counts?.failed ?? 0;
  if (online && pending === 0 && failed === 0) return null;
  return (
    <div
      role="status"
      data-testid="sync-status"
      className="no-print mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200"
    >
      {!online ? (
        <span className="inline-flex items-center gap-1.5 font-semibold">
          <span aria-hidden className="size-2 rounded-full bg-amber-500" />
          {t("offlineNow")}
        </span>
      ) : null}
      {pending > 0 ? <span data-testid="sync-pending">{t("pendingSales", { count: pending })}</span> : null}
      {failed > 0 ? (
        <span className="font-medium text-red-700" data-testid="sync-failed">
          {t("failedSales", { count: failed })}
        </span>
      ) : null}
    </div>
  );
}
