// A tiny promise wrapper over IndexedDB (no package): the database "graminstore", v1, with
//   outbox   keyPath "clientId", index "createdAt"   sales waiting to sync (lib/offline/outbox.ts)
//   snapshot keyPath "key"                          the POS's products/customers (snapshot.ts)
// API:
//   openDb()                                   the shared connection (opened once per tab)
//   transaction(stores, mode, body)            runs body(tx, setResult) and resolves with the
//                                              result only when the transaction has COMPLETED
//                                              (committed to disk: durability "strict" for
//                                              writes), so "saved" on screen means saved.
//   request(req)                               an IDBRequest as a promise (inside a body)
// A new version of the database is added by bumping DB_VERSION and extending upgrade().
export const DB_NAME = "graminstore";
export const DB_VERSION = 1;
export type StoreName = "outbox" | "snapshot";

let opening: Promise<IDBDatabase> | null = null;

function upgrade(db: IDBDatabase, oldVersion: number) {
  if (oldVersion < 1) {
    const outbox = db.createObjectStore("outbox", { keyPath: "clientId" });
    outbox.createIndex("createdAt", "createdAt");
    db.createObjectStore("snapshot", { keyPath: "key" });
  }
}

export function openDb(): Promise<IDBDatabase> {
  if (opening) return opening;
  opening = new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === "undefined") return reject(new Error("IndexedDB is not available"));
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = (e) => upgrade(req.result, e.oldVersion);
    req.onsuccess = () => {
      const db = req.result;
      // A newer app version in another tab wants to upgrade: step aside, reopen on next use.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      db.onclose = () => {
        opening = null;
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error("IndexedDB upgrade blocked by another tab"));
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

export async function transaction<T = void>(
  stores: StoreName | StoreName[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction, setResult: (value: T) => void) => void,
): Promise<T> {
  const db = await openDb();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(stores, mode, mode === "readwrite" ? { durability: "strict" } : undefined);
    let result: T;
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException("transaction aborted", "AbortError"));
    try {
      body(tx, (v) => {
        result = v;
      });
    } catch (e) {
      tx.abort();
      reject(e);
    }
  });
}
