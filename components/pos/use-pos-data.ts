"use client";
// The counter's data, online or not. The page's PosData is saved in IndexedDB (`pos:<merchantId>`)
// whenever it is fresh; when the page comes from the service worker's cache (offline) and the
// saved copy is newer, the saved copy is used. Null until the page's snapshot has arrived.
// Stock is shown less what the sales still waiting in this device's outbox took.
import { useEffect, useMemo, useState } from "react";
import { pending } from "@/lib/offline/outbox";
import { loadSnapshot, saveSnapshot } from "@/lib/offline/snapshot";
import { useOutboxRead } from "@/lib/offline/use-outbox";
import { pendingQuantities, withPendingStock } from "@/lib/pos/pending-stock";
import type { PosData } from "@/lib/pos/pos-data";
import type { SalePayload } from "@/lib/pos/sale-payload";

const NOTHING_WAITS: ReadonlyMap<string, number> = new Map();
/** Product quantities of the sales waiting in the outbox. */
const readWaiting = async () => pendingQuantities((await pending()) as { payload: SalePayload }[]);

export function usePosData(merchantId: string, page: PosData | null): PosData | null {
  // The saved copy, for the page data it was compared with (a new page starts from itself).
  const [saved, setSaved] = useState<{ page: PosData; data: PosData } | null>(null);
  useEffect(() => {
    if (!page) return;
    let alive = true;
    const key = `pos:${merchantId}`;
    void (async () => {
      try {
        const snap = await loadSnapshot<PosData>(key);
        const pageAt = page.loadedAt ?? "";
        if (snap && snap.savedAt > pageAt) {
          if (alive) setSaved({ page, data: snap.data });
        } else if (page.loadedAt) {
          await saveSnapshot(key, page, new Date(page.loadedAt));
        }
      } catch {
        // No IndexedDB: the page's own data is all there is.
      }
    })();
    return () => {
      alive = false;
    };
  }, [merchantId, page]);
  const data = saved && saved.page === page ? saved.data : page;
  const waiting = useOutboxRead(readWaiting, NOTHING_WAITS);
  return useMemo(
    () => (data && waiting.size ? { ...data, products: withPendingStock(data.products, waiting) } : data),
    [data, waiting],
  );
}
