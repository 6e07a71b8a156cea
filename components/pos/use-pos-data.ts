"use client";
// The counter's data, online or not. The page's PosData is saved in IndexedDB (`pos:<merchantId>`)
// whenever it is fresh; when the page comes from the service worker's cache (offline) and the
// saved copy is newer, or the page has none, the saved copy is used. Returns the data and the
// time it was read from the server.
import { useEffect, useState } from "react";
import { loadSnapshot, saveSnapshot } from "@/lib/offline/snapshot";
import type { PosData } from "@/lib/pos/pos-data";

export function usePosData(merchantId: string, page: PosData): PosData {
  const [data, setData] = useState(page);
  useEffect(() => {
    let alive = true;
    const key = `pos:${merchantId}`;
    setData(page);
    void (async () => {
      try {
        const snap = await loadSnapshot<PosData>(key);
        const pageAt = page.loadedAt ?? "";
        if (snap && snap.savedAt > pageAt) {
          if (alive) setData(snap.data);
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
  return data;
}
