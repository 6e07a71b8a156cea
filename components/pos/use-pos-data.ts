"use client";
// The counter's data, online or not. The page's PosData is saved in IndexedDB (`pos:<merchantId>`)
// whenever it is fresh; when the page comes from the service worker's cache (offline) and the
// saved copy is newer, the saved copy is used. Null until the page's snapshot has arrived.
import { useEffect, useState } from "react";
import { loadSnapshot, saveSnapshot } from "@/lib/offline/snapshot";
import type { PosData } from "@/lib/pos/pos-data";

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
  return saved && saved.page === page ? saved.data : page;
}
