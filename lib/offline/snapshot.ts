// The POS's offline copy of its data (products, customers…) in IndexedDB store "snapshot".
//   await saveSnapshot(`pos:${merchantId}`, { products, customers })  → { savedAt }
//   const snap = await loadSnapshot<PosData>(`pos:${merchantId}`)    → { data, savedAt } | null
// Key it by shop: one device may serve several merchants over time. savedAt (ISO) lets the
// screen say how old the offline prices and stock are.
import { transaction } from "./idb";

export interface Snapshot<T> {
  key: string;
  data: T;
  savedAt: string;
}

export async function saveSnapshot<T>(key: string, data: T, savedAt = new Date()): Promise<{ savedAt: string }> {
  const record: Snapshot<T> = { key, data, savedAt: savedAt.toISOString() };
  await transaction("snapshot", "readwrite", (tx) => void tx.objectStore("snapshot").put(record));
  return { savedAt: record.savedAt };
}

export function loadSnapshot<T>(key: string): Promise<Snapshot<T> | null> {
  return transaction<Snapshot<T> | null>("snapshot", "readonly", (tx, done) => {
    const req = tx.objectStore("snapshot").get(key);
    req.onsuccess = () => done((req.result as Snapshot<T> | undefined) ?? null);
  });
}
