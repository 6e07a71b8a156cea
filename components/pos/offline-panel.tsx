"use client";
// The counter's part of offline selling: sends waiting sales (useAutoFlush: on open, when the
// network returns, after a sale is queued, every 30 s), asks for persistent storage, and lists
// sales the server refused with its reason (kept on the device; Send again after fixing the
// cause) plus a one-tap JSON download of everything unsynced. The shell's banner shows counts.
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { exportJson, failed as failedItems, retry, type OutboxItem } from "@/lib/offline/outbox";
import { requestPersistentStorage } from "@/lib/offline/persist";
import { useAutoFlush, useOutboxCounts, useOutboxRead } from "@/lib/offline/use-outbox";
import { formatPaise } from "@/lib/money";
import type { PosProduct } from "@/lib/pos/pos-data";
import { saleErrorMessage } from "@/lib/pos/sale-error";
import type { SalePayload } from "@/lib/pos/sale-payload";
import { refusalOf, sendQueuedSale } from "./sale-transport";

const NO_ITEMS: OutboxItem<SalePayload>[] = [];
/** Sales the server refused, kept on the device with the reason. */
const readRefused = async () => (await failedItems()) as OutboxItem<SalePayload>[];

export function OfflinePanel({ products }: { products: Map<string, PosProduct> }) {
  const t = useTranslations("pos");
  const locale = useLocale();
  const { flushNow } = useAutoFlush<SalePayload>(sendQueuedSale);
  const counts = useOutboxCounts();
  const refused = useOutboxRead(readRefused, NO_ITEMS);

  useEffect(() => void requestPersistentStorage(), []);

  const download = useCallback(async () => {
    const json = await exportJson();
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `graminstore-unsynced-sales-${new Date().toISOString().slice(0, 19).replace(/:/g, "-")}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, []);

  const money = (p: number) => formatPaise(p, locale);
  /** The server's refusal in the shopkeeper's language (pos.errors), as the live counter shows it. */
  const why = (reason: string | undefined) => {
    const f = refusalOf(reason);
    if (!f) return reason ?? "";
    const m = saleErrorMessage(f, { products, customer: null, money });
    return t(`errors.${m.message}`, m.values);
  };

  const unsynced = (counts?.pending ?? 0) + (counts?.failed ?? 0);
  if (unsynced === 0) return null;
  return (
    <section
      className="no-print flex flex-col gap-2 rounded-lg bg-stone-50 px-3 py-2 text-sm ring-1 ring-stone-200 md:col-span-2"
      data-testid="pos-offline-panel"
    >
      {refused.length > 0 ? (
        <div>
          <h2 className="font-semibold text-red-700">{t("offline.refusedTitle")}</h2>
          <ul className="flex flex-col gap-1" data-testid="pos-refused">
            {refused.map((item) => (
              <li key={item.clientId} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {t("offline.refusedReason", {
                    amount: item.payload.amountPaise ? money(item.payload.amountPaise) : t("offline.unknownAmount"),
                    method: t(`method.${item.payload.method}`),
                    reason: why(item.reason),
                  })}
                </span>
                <Button
                  type="button"
                  size="sm"
                  variant="secondary"
                  onClick={() => void retry(item.clientId).then(() => flushNow())}
                >
                  {t("offline.retry")}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={() => void download()}
          data-testid="pos-export-queue"
        >
          {t("offline.export")}
        </Button>
        <span className="text-stone-600">{t("offline.exportHint")}</span>
      </div>
    </section>
  );
}
