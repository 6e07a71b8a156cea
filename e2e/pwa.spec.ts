import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { CUSTOMER, MERCHANT, signIn } from "./helpers";

// The installable app and its offline behaviour, in the production build (the service
// worker is registered only there; scripts/build-sw.mjs must have run after next build).

// Explicit, in case the config blocks service workers for the other specs.
test.use({ serviceWorkers: "allow" });

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (buf: Buffer) => `${buf.readUInt32BE(16)}x${buf.readUInt32BE(20)}`;

async function waitForServiceWorker(page: Page, { reloadIfUncontrolled = false } = {}) {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe("/");
  // clientsClaim: the page that installed the worker is controlled without a reload.
  const controlled = (timeout?: number) =>
    page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout });
  if (!reloadIfUncontrolled) return void (await controlled());
  // Tests about what the worker serves (not about the claim, which the install test checks):
  // Chromium now and then leaves the installing page uncontrolled; a reload is controlled.
  await controlled(10_000).catch(async () => {
    await page.reload();
    await controlled();
  });
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
}

test("the web app manifest is linked, complete, and its icons load", async ({ page, request }) => {
  await page.goto("/login");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  const manifest = await res.json();
  expect(manifest).toMatchObject({
    name: "GraminStore",
    short_name: "GraminStore",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: "#178044",
  });
  const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
  );
  const shortcuts = manifest.shortcuts as { url: string; icons: typeof icons }[];
  expect(shortcuts.map((s) => s.url)).toEqual(["/merchant/pos", "/customer/bills"]);
  for (const icon of [...icons, ...shortcuts.flatMap((s) => s.icons)]) {
    const img = await request.get(icon.src);
    expect(img.status(), icon.src).toBe(200);
    expect(img.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await img.body()), icon.src).toBe(icon.sizes);
  }
});

// These tests sign in themselves rather than load e2e/.auth state, so they depend on no other run.
test.describe("as the merchant", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, MERCHANT);
    await expect(page).toHaveURL(/\/merchant$/);
  });

  test("the service worker activates, Chromium finds the app installable, and the POS opens offline", async ({
    page,
    context,
  }) => {
    await page.goto("/merchant");
    await expect(page).toHaveURL(/\/merchant$/);
    await waitForServiceWorker(page);
    // Chromium's own installability check (what enables "Install app"). Playwright's
    // contexts are off-the-record profiles, which Chromium never installs from: that one
    // reason is about the test browser, not the app.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);
    const { errors: manifestErrors } = await cdp.send("Page.getAppManifest", {});
    expect(manifestErrors).toEqual([]);

    // Visited once online, the POS page is cached (with its JS/CSS, precached at install)…
    await page.goto("/merchant/pos");
    await expect(page.getByTestId("user-name")).toBeVisible();
    await goOffline(context);
    // …so it reloads, and opens by address, with no network.
    await page.reload();
    await expect(page).toHaveURL(/\/merchant\/pos$/);
    await expect(page.getByTestId("user-name")).toBeVisible();
    await expect(page.getByTestId("offline-page")).toHaveCount(0);
    // The emulated network state does not reach navigator.onLine of a document loaded while
    // offline (a real device reports it from the start): toggle once so the page hears it.
    await context.setOffline(false);
    await context.setOffline(true);
    await expect(page.getByTestId("sync-status")).toContainText("Offline");
    await page.goto("/merchant/pos?from=shortcut");
    await expect(page.getByTestId("user-name")).toBeVisible();

    // A screen that needs the network says so instead of a browser error.
    await page.goto("/merchant/sales");
    await expect(page.getByTestId("offline-page")).toBeVisible();
    await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
    await expect(page.getByText("इस स्क्रीन के लिए इंटरनेट चाहिए", { exact: false })).toBeVisible();
    await context.setOffline(false);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByTestId("offline-page")).toHaveCount(0);

    // Signing out forgets the cached POS page (the next person on this device is someone else).
    expect(await page.evaluate(() => caches.has("gs-pages"))).toBe(true);
    await page.getByRole("button", { name: "Sign out" }).first().click();
    await expect(page).toHaveURL(/\/login/);
    expect(await page.evaluate(() => caches.has("gs-pages"))).toBe(false);
  });

  test('a new deployment offers "Reload" and switches to it', async ({ page }) => {
    await waitForServiceWorker(page);
    await expect(page.getByTestId("update-prompt")).toHaveCount(0);
    // A deployment, as the browser sees it: a new worker script for the same scope (a new
    // script URL stands in for new bytes at the same URL; the browser installs it the same way).
    await page.evaluate(
      async () => void (await navigator.serviceWorker.register("/sw.js?deployment=2", { scope: "/" })),
    );
    await expect(page.getByTestId("update-prompt")).toContainText("A new version is ready");
    const reloaded = page.waitForEvent("load");
    await page.getByRole("button", { name: "Reload" }).click();
    await reloaded;
    // The new worker took over (SKIP_WAITING) and controls the reloaded page. (The page then
    // registers plain /sw.js again, which this simulation sees as yet another version.)
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "")).toMatch(
      /\/sw\.js\?deployment=2$/,
    );
  });

  test("sales waiting to sync are counted on screen and block signing out", async ({ page }) => {
    await page.goto("/merchant");
    await expect(page).toHaveURL(/\/merchant$/);
    // Queue a sale the way the POS does, straight into IndexedDB (v1 schema of lib/offline/idb.ts).
    const put = (op: "put" | "delete") =>
      page.evaluate(
        (op) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open("graminstore", 1);
            open.onupgradeneeded = () => {
              const outbox = open.result.createObjectStore("outbox", { keyPath: "clientId" });
              outbox.createIndex("createdAt", "createdAt");
              open.result.createObjectStore("snapshot", { keyPath: "key" });
            };
            open.onsuccess = () => {
              const tx = open.result.transaction("outbox", "readwrite");
              const store = tx.objectStore("outbox");
              if (op === "put")
                store.put({
                  clientId: "e2e-pwa-1",
                  createdAt: new Date().toISOString(),
                  payload: {},
                  status: "pending",
                  attempts: 0,
                  updatedAt: new Date().toISOString(),
                });
              else store.delete("e2e-pwa-1");
              tx.oncomplete = () => (open.result.close(), resolve());
              tx.onerror = () => reject(tx.error);
            };
            open.onerror = () => reject(open.error);
          }),
        op,
      );
    await put("put");
    await page.reload();
    await expect(page.getByTestId("sync-pending")).toHaveText("1 sale waiting to sync");
    await page.getByRole("button", { name: "Sign out" }).first().click();
    await expect(page.getByRole("alert").filter({ hasText: "1 sale has not synced yet." }).first()).toBeVisible();
    await expect(page).toHaveURL(/\/merchant$/);
    await put("delete");
    await page.reload();
    await expect(page.getByTestId("sync-status")).toHaveCount(0);
  });
});

test.describe("as the customer", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, CUSTOMER);
    await expect(page).toHaveURL(/\/customer$/);
  });

  test("a screen never visited shows the offline page when the network is gone", async ({ page, context }) => {
    await page.goto("/customer");
    await expect(page).toHaveURL(/\/customer$/);
    await waitForServiceWorker(page, { reloadIfUncontrolled: true });
    await goOffline(context);
    await page.goto("/customer/bills");
    await expect(page).toHaveURL(/\/customer\/bills$/);
    await expect(page.getByTestId("offline-page")).toBeVisible();
    await expect(page.getByText("The counter (POS) works offline.", { exact: false })).toBeVisible();
    await context.setOffline(false);
  });

  test('"Install app" shows when the browser offers installation, and "Not now" is remembered', async ({ page }) => {
    // Chromium makes no offer in a test profile, so the test makes it, shaped like the real event.
    const offer = () =>
      page.evaluate(() => {
        const e = Object.assign(new Event("beforeinstallprompt", { cancelable: true }), {
          prompt: async () => {},
          userChoice: Promise.resolve({ outcome: "dismissed", platform: "web" }),
        });
        window.dispatchEvent(e);
        return e.defaultPrevented; // the browser's own mini-infobar is replaced by our button
      });
    await expect(page.getByRole("button", { name: "Install app" })).toHaveCount(0);
    // defaultPrevented also proves the app's listener is there (the page has hydrated).
    await expect.poll(offer).toBe(true);
    await expect(page.getByRole("button", { name: "Install app" })).toBeVisible();
    await page.getByRole("button", { name: "Not now" }).click();
    await expect(page.getByRole("button", { name: "Install app" })).toHaveCount(0);
    await page.reload();
    await expect.poll(offer).toBe(true);
    await expect(page.getByTestId("user-name")).toBeVisible();
    await expect(page.getByTestId("install-prompt")).toHaveCount(0);
  });
});
