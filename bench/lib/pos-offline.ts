// The offline POS driven like a shopkeeper with a keyboard (bench/offline-sync.ts): open the
// counter online until the service worker controls it and the data snapshot is on the device,
// ring up sales while offline through the real screen, read the IndexedDB outbox, and watch
// it drain from inside the page once the network is back.
import type { BrowserContext, Page } from "playwright-core";

export type Method = "CASH" | "UPI" | "CARD" | "CREDIT";
/** One sale at the counter: a keypad amount (under ₹1,000, so never grouped on the display), optionally a product by SKU and a pay-later customer. */
export type PlannedSale = { amount: string; method: Method; sku?: string; customer?: string };
export type QueuedItem = {
  clientId: string;
  createdAt: string;
  status: string;
  attempts: number;
  reason?: string;
  payload: {
    clientId: string;
    method: Method;
    amountPaise?: number;
    items?: { productId: string; quantity: number }[];
    customerId?: string;
    offline?: boolean;
    occurredAt?: string;
  };
};

const METHOD_LABEL: Record<Method, string> = { CASH: "Cash", UPI: "UPI", CARD: "Card", CREDIT: "Pay later" };
const WAIT = { timeout: 15_000 };

/** tsx (esbuild keepNames) wraps inner functions in __name(); functions sent to the page need it defined. */
export async function allowTsxFunctions(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: "globalThis.__name = globalThis.__name || ((f) => f);" });
}

/** Online: the worker installed and in control, the POS loaded under it, its snapshot saved in IndexedDB and the page cached. */
export async function openPosOnline(
  page: Page,
  baseUrl: string,
  merchantId: string,
): Promise<{ msToReady: number; msToSnapshot: number }> {
  await page.goto(`${baseUrl}/merchant`, { timeout: 60_000 });
  await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise((r) => setTimeout(() => r(false), 30_000)),
    ]),
  );
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  const t0 = Date.now();
  await page.goto(`${baseUrl}/merchant/pos`, { timeout: 60_000 });
  await page.locator('[data-testid="pos-screen"][data-ready="true"]').waitFor({ timeout: 60_000 });
  const msToReady = Date.now() - t0;
  await page.waitForFunction(
    async (key) => {
      const snap = await new Promise<unknown>((resolve) => {
        const open = indexedDB.open("graminstore");
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("snapshot")) return (db.close(), resolve(null));
          const req = db.transaction("snapshot", "readonly").objectStore("snapshot").get(key);
          req.onsuccess = () => (db.close(), resolve(req.result ?? null));
          req.onerror = () => (db.close(), resolve(null));
        };
        open.onerror = () => resolve(null);
      });
      const cached = await caches
        .open("gs-pages")
        .then((c) => c.keys())
        .then((k) => k.some((r) => r.url.includes("/merchant/pos")));
      return snap !== null && cached;
    },
    `pos:${merchantId}`,
    { timeout: 30_000, polling: 200 },
  );
  return { msToReady, msToSnapshot: Date.now() - t0 };
}

/** Waits for the offline strip (navigator.onLine is false and the screen heard it). */
export async function waitOfflineShown(page: Page): Promise<void> {
  await page.getByTestId("sync-status").filter({ hasText: "Offline" }).waitFor(WAIT);
}

/**
 * One sale through the screen: method button, (customer picker), amount typed on the keyboard,
 * (product by SKU in the search box, as a scanner would), Enter = Charge, Enter = confirm,
 * then waits for the provisional receipt. Returns ms from the first input to "saved on this device".
 */
export async function ringUp(page: Page, sale: PlannedSale): Promise<number> {
  const t0 = performance.now();
  if (sale.method !== "CASH") {
    const button = page
      .getByRole("group", { name: "Payment method" })
      .getByRole("button", { name: METHOD_LABEL[sale.method], exact: true });
    await button.click(WAIT);
    await page
      .locator('[role="group"] button[aria-pressed="true"]')
      .filter({ hasText: METHOD_LABEL[sale.method] })
      .waitFor(WAIT);
  }
  if (sale.customer) {
    await page.getByTestId("pos-customer").getByRole("button", { name: "Pick customer" }).click(WAIT);
    const picker = page.getByTestId("pos-customer-picker");
    await picker.getByPlaceholder("Name or phone").fill(sale.customer, WAIT);
    await picker.getByRole("button").filter({ hasText: sale.customer }).first().click(WAIT);
    await page.getByTestId("pos-customer").filter({ hasText: sale.customer }).waitFor(WAIT);
  }
  await page.keyboard.type(sale.amount);
  await page.waitForFunction(
    (a) => document.querySelector('[data-testid="pos-expression"]')?.textContent === a,
    sale.amount,
    WAIT,
  );
  if (sale.sku) {
    const search = page.getByPlaceholder("Find product: name, SKU or barcode");
    await search.fill(sale.sku, WAIT);
    await search.press("Enter", WAIT);
    await page.waitForFunction(
      () => (document.querySelector('input[type="search"]') as HTMLInputElement | null)?.value === "",
      undefined,
      WAIT,
    );
    // Focus is in the search box, where the keypad's keys are ignored: tap Charge.
    await page.getByTestId("pos-charge").click(WAIT);
  } else {
    await page.keyboard.press("Enter");
  }
  await page.getByTestId("pos-charge-sheet").waitFor(WAIT);
  await page.keyboard.press("Enter");
  await page.getByTestId("pos-provisional").waitFor(WAIT);
  const ms = performance.now() - t0;
  // Enter on the receipt starts the next sale.
  await page.keyboard.press("Enter");
  await page.getByTestId("pos-screen").waitFor(WAIT);
  return ms;
}

export function readOutbox(page: Page): Promise<QueuedItem[]> {
  return page.evaluate(
    () =>
      new Promise<QueuedItem[]>((resolve, reject) => {
        const open = indexedDB.open("graminstore");
        open.onsuccess = () => {
          const req = open.result.transaction("outbox", "readonly").objectStore("outbox").getAll();
          req.onsuccess = () => (open.result.close(), resolve(req.result as QueuedItem[]));
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

export type SyncWatch = {
  /** Date.now() in the page when its 'online' event fired (null: never heard). */
  onlineAt: number | null;
  /** When the outbox first held fewer pending sales than at the start, and when none. */
  firstSyncedAt: number | null;
  doneAt: number | null;
  pendingAtStart: number;
  pendingAtEnd: number;
  failedAtEnd: number;
  /** [ms since the watch started, pending] at every change. */
  timeline: [number, number][];
  timedOut: boolean;
};

/**
 * Starts watching the outbox inside the page (its own IndexedDB connection; wakes on the app's
 * "gs-outbox" BroadcastChannel and every 100 ms). Call before going online; await the returned
 * function's promise afterwards.
 */
export async function watchOutbox(page: Page, expected: number, timeoutMs: number): Promise<() => Promise<SyncWatch>> {
  // Resolves once the watch has read the outbox for the first time (armed), before going online.
  await page.evaluate(
    ({ expected, limit }) =>
      new Promise<void>((armed, fail) => {
        const w = window as unknown as { __syncWatch?: Promise<SyncWatch> };
        const started = Date.now();
        const out: SyncWatch = {
          onlineAt: null,
          firstSyncedAt: null,
          doneAt: null,
          pendingAtStart: -1,
          pendingAtEnd: -1,
          failedAtEnd: -1,
          timeline: [],
          timedOut: false,
        };
        window.addEventListener("online", () => (out.onlineAt ??= Date.now()), { once: true });
        w.__syncWatch = new Promise<SyncWatch>((resolve) => {
          const open = indexedDB.open("graminstore");
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const channel = new BroadcastChannel("gs-outbox");
            let busy = false;
            let finished = false;
            let tick: ReturnType<typeof setInterval> | undefined;
            let limitTimer: ReturnType<typeof setTimeout> | undefined;
            const finish = (timedOut: boolean) => {
              if (finished) return;
              finished = true;
              out.timedOut = timedOut;
              clearInterval(tick);
              clearTimeout(limitTimer);
              channel.close();
              db.close();
              resolve(out);
            };
            const check = () => {
              if (busy || finished) return;
              busy = true;
              const req = db.transaction("outbox", "readonly").objectStore("outbox").getAll();
              req.onsuccess = () => {
                busy = false;
                const items = req.result as { status: string }[];
                const pending = items.filter((i) => i.status === "pending").length;
                const now = Date.now();
                if (out.pendingAtStart < 0) {
                  out.pendingAtStart = pending;
                  armed();
                }
                if (out.pendingAtEnd !== pending) out.timeline.push([now - started, pending]);
                out.pendingAtEnd = pending;
                out.failedAtEnd = items.length - pending;
                if (pending < expected) out.firstSyncedAt ??= now;
                if (pending === 0) {
                  out.doneAt = now;
                  finish(false);
                }
              };
              req.onerror = () => {
                busy = false;
              };
            };
            channel.onmessage = check;
            tick = setInterval(check, 100);
            limitTimer = setTimeout(() => finish(true), limit);
            check();
          };
        });
      }),
    { expected, limit: timeoutMs },
  );
  return () => page.evaluate(() => (window as unknown as { __syncWatch: Promise<SyncWatch> }).__syncWatch);
}
