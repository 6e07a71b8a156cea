"use client";
// The counter's data, online or not. The page's HTML carries none of it (the keypad comes
// first): once the screen is up, the snapshot is fetched from GET /merchant/pos/data (compact
// columns, lib/pos/pos-wire.ts) and saved in IndexedDB (`pos:<merchantId>`). With no network
// (the page came from the service worker's cache), or when the server has not answered in a
// few seconds, the saved copy is used until a fresh one arrives. Fetched again whenever the
// page is rendered again (`version`: after a sale, a counter switch, the queue's flush).
// Null until some snapshot is in. Stock is shown less what the sales still waiting in this
// device's outbox took.
import { startTransition, useEffect, useMemo, useState } from "react";
import { pending } from "@/lib/offline/outbox";
import { loadSnapshot, saveSnapshot } from "@/lib/offline/snapshot";
import { useOutboxRead } from "@/lib/offline/use-outbox";
import { pendingQuantities, withPendingStock } from "@/lib/pos/pending-stock";
import type { PosData } from "@/lib/pos/pos-data";
import { fromWire, POS_DATA_URL, type PosWire } from "@/lib/pos/pos-wire";
import type { SalePayload } from "@/lib/pos/sale-payload";

const NOTHING_WAITS: ReadonlyMap<string, number> = new Map();
/** Product quantities of the sales waiting in the outbox. */
const readWaiting = async () => pendingQuantities((await pending()) as { payload: SalePayload }[]);
/** A slow answer (weak signal, a restarting server) shows the saved copy meanwhile. */
const SLOW_MS = 4_000;

/** The shop's snapshot from the server, or null (offline, signed out, an error). */
async function fetchSnapshot(): Promise<PosData | null> {
  try {
    // The default cache mode, so the page's preload of the same URL is used (the answer is
    // no-store: nothing is kept in the HTTP cache either way).
    const res = await fetch(POS_DATA_URL);
    return res.ok ? fromWire((await res.json()) as PosWire) : null;
  } catch {
    return null;
  }
}

async function savedSnapshot(key: string): Promise<PosData | null> {
  try {
    return (await loadSnapshot<PosData>(key))?.data ?? null;
  } catch {
    return null; // no IndexedDB: the server's copy is all there is
  }
}

export function usePosData(merchantId: string, version: string): PosData | null {
  const [data, setData] = useState<PosData | null>(null);
  useEffect(() => {
    let fresh = false;
    let alive = true;
    const key = `pos:${merchantId}`;
    const showSaved = async () => {
      const saved = await savedSnapshot(key);
      if (alive && !fresh && saved) startTransition(() => setData((now) => now ?? saved));
    };
    const slow = setTimeout(() => void showSaved(), SLOW_MS);
    void (async () => {
      const got = await fetchSnapshot();
      clearTimeout(slow);
      if (!alive) return;
      if (!got) return void showSaved();
      fresh = true;
      // A transition: drawing the whole counter with its products yields to the browser every
      // few ms (and to a key pressed meanwhile) instead of holding a phone's main thread for
      // 80 ms or more in one task (bench/README §13).
      startTransition(() => setData(got));
      try {
        await saveSnapshot(key, got, got.loadedAt ? new Date(got.loadedAt) : new Date());
      } catch {
        // No IndexedDB: nothing to keep for offline.
      }
    })();
    return () => {
      alive = false;
      clearTimeout(slow);
    };
  }, [merchantId, version]);
  const waiting = useOutboxRead(readWaiting, NOTHING_WAITS);
  return useMemo(
    () => (data && waiting.size ? { ...data, products: withPendingStock(data.products, waiting) } : data),
    [data, waiting],
  );
}
