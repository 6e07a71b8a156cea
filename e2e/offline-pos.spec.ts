import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { MERCHANT, signIn, unique } from "./helpers";

// Offline selling at the counter (issue 7), in the production build with its service worker
// (scripts/build-sw.mjs must have run after next build). Signs in itself: depends on no other run.
test.use({ serviceWorkers: "allow" });

const KEY_NAMES: Record<string, string> = { ".": "Decimal point" };
// Unusual amounts, so this run's sales are easy to count among every other spec's.
const AMOUNTS = ["111.11", "222.22", "333.33"];

async function openPosOnline(page: Page, { signedIn = false } = {}) {
  if (!signedIn) {
    await signIn(page, MERCHANT);
    await expect(page).toHaveURL(/\/merchant$/);
  }
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // This visit (under the worker) caches the page; the screen saves its data snapshot.
  await page.goto("/merchant/pos");
  await expect(page.getByTestId("pos-screen")).toHaveAttribute("data-ready", "true");
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (await caches.open("gs-pages")).keys().then((k) => k.some((r) => r.url.includes("/merchant/pos"))),
      ),
    )
    .toBe(true);
}

async function ringUpCash(page: Page, amount: string) {
  const pad = page.getByTestId("pos-keypad");
  for (const k of amount) await pad.getByRole("button", { name: KEY_NAMES[k] ?? k, exact: true }).click();
  await page.getByTestId("pos-charge").click();
  await page.getByRole("dialog").getByRole("button", { name: "Cash received" }).click();
  await expect(page.getByTestId("pos-provisional")).toHaveText("Saved on this device — will sync");
  await expect(page.getByTestId("provisional-total")).toHaveText(`Total ₹${amount}`);
  await page.getByTestId("pos-new-sale").click();
  await expect(page.getByTestId("pos-charge")).toBeDisabled();
}

/** A page loaded while offline keeps navigator.onLine true under emulation: toggle so it hears the change. */
async function setOnline(context: BrowserContext, online: boolean) {
  await context.setOffline(online);
  await context.setOffline(!online);
}

type RawItem = {
  clientId: string;
  createdAt: string;
  payload: unknown;
  status: string;
  attempts: number;
  updatedAt: string;
};
const readOutbox = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<RawItem[]>((resolve, reject) => {
        const open = indexedDB.open("graminstore");
        open.onsuccess = () => {
          const req = open.result.transaction("outbox", "readonly").objectStore("outbox").getAll();
          req.onsuccess = () => (open.result.close(), resolve(req.result as RawItem[]));
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
const writeOutbox = (page: Page, items: RawItem[]) =>
  page.evaluate(
    (items) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("graminstore");
        open.onsuccess = () => {
          const tx = open.result.transaction("outbox", "readwrite");
          for (const item of items) tx.objectStore("outbox").put(item);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    items,
  );

async function newMerchantContext(browser: Browser) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    serviceWorkers: "allow",
    locale: "en-IN",
    timezoneId: "Asia/Kolkata",
  });
  const page = await context.newPage();
  await openPosOnline(page);
  return { context, page };
}

test("sales rung up offline wait on the device, survive a reload, and sync exactly once", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  await openPosOnline(page);

  await context.setOffline(true);
  for (const amount of AMOUNTS) await ringUpCash(page, amount);
  await expect(page.getByTestId("sync-pending")).toHaveText("3 sales waiting to sync");
  const queued = await readOutbox(page);
  expect(queued).toHaveLength(3);
  expect(
    queued.every(
      (i) =>
        (i.payload as { offline?: boolean; occurredAt?: string }).offline === true &&
        (i.payload as { occurredAt?: string }).occurredAt,
    ),
  ).toBe(true);

  // Reloaded with no network: the cached page opens, still sells, and still counts the 3.
  await page.reload();
  await expect(page.getByTestId("pos-screen")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("offline-page")).toHaveCount(0);
  await expect(page.getByTestId("sync-pending")).toHaveText("3 sales waiting to sync");
  await expect(page.getByTestId("pos-export-queue")).toBeVisible();

  // A second tab of this browser, and another device holding the same queued sales (say,
  // restored from the exported file): all send at once when the network returns.
  const tab2 = await context.newPage();
  await tab2.goto("/merchant/pos");
  await expect(tab2.getByTestId("pos-screen")).toHaveAttribute("data-ready", "true");
  const other = await newMerchantContext(browser);
  await other.context.setOffline(true);
  await writeOutbox(other.page, queued);
  await other.page.reload();
  await expect(other.page.getByTestId("sync-pending")).toHaveText("3 sales waiting to sync");

  await Promise.all([setOnline(context, true), setOnline(other.context, true)]);
  await expect(page.getByTestId("sync-status")).toHaveCount(0, { timeout: 20_000 });
  await expect(other.page.getByTestId("sync-status")).toHaveCount(0, { timeout: 20_000 });
  await expect(tab2.getByTestId("sync-status")).toHaveCount(0);
  expect(await readOutbox(page)).toHaveLength(0);
  expect(await readOutbox(other.page)).toHaveLength(0);

  // In the shop's records once each.
  await page.goto("/merchant/sales?method=CASH");
  for (const amount of AMOUNTS) {
    await expect(
      page.getByTestId("sale-amount").filter({ hasText: new RegExp(`^₹${amount.replace(".", "\\.")}$`) }),
    ).toHaveCount(1);
  }
  await other.context.close();
});

test("an offline sale past the stock is applied and listed for review; one the shop refuses stays queued with its reason", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signIn(page, MERCHANT);
  await expect(page).toHaveURL(/\/merchant$/);
  // Two products of this run: one with a single piece, one archived after the POS has it.
  const create = async (name: string, stock: number) => {
    const res = await page.request.post("/api/v1/products", {
      data: { name, category: "Grocery", pricePaise: 1234, stock },
      headers: { origin: baseURL! },
    });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const tag = unique();
  const scarce = `Offline scarce ${tag}`;
  const gone = `Offline gone ${tag}`;
  await create(scarce, 1);
  const goneId = await create(gone, 10);
  await openPosOnline(page, { signedIn: true });
  const archived = await page.request.delete(`/api/v1/products/${goneId}`, { headers: { origin: baseURL! } });
  expect(archived.ok()).toBe(true);

  await context.setOffline(true);
  const sellItem = async (name: string, times: number) => {
    for (let i = 0; i < times; i++) {
      await page.getByPlaceholder("Find product: name, SKU or barcode").fill(name);
      await page.getByRole("button", { name: `Add ${name}` }).click();
    }
    await page.getByTestId("pos-charge").click();
    await page.getByRole("dialog").getByRole("button", { name: "Cash received" }).click();
    await expect(page.getByTestId("pos-provisional")).toBeVisible();
    await page.getByTestId("pos-new-sale").click();
  };
  await sellItem(scarce, 3); // 3 sold, 1 in stock
  await sellItem(gone, 1);
  await expect(page.getByTestId("sync-pending")).toHaveText("2 sales waiting to sync");
  // The counter shows stock less what the waiting sales took.
  const search = page.getByPlaceholder("Find product: name, SKU or barcode");
  await search.fill(gone);
  await expect(page.getByRole("button", { name: `Add ${gone}` })).toContainText("9 in stock");
  await search.fill(scarce);
  await expect(page.getByRole("button", { name: `Add ${scarce}` })).toContainText("Out of stock");
  await search.fill("");

  await context.setOffline(false);
  await expect(page.getByTestId("sync-failed")).toHaveText("1 sale could not be synced", { timeout: 20_000 });
  await expect(page.getByTestId("sync-pending")).toHaveCount(0);
  await expect(page.getByTestId("pos-refused")).toContainText("no longer sold");
  // Nothing dropped: the refused sale is in the emergency download.
  const download = page.waitForEvent("download");
  await page.getByTestId("pos-export-queue").click();
  const file = await (await download).path();
  const { readFile } = await import("node:fs/promises");
  expect(await readFile(file, "utf8")).toContain(goneId);

  await page.goto("/merchant/sales");
  const review = page.getByTestId("needs-review");
  await expect(review).toContainText("Needs review");
  await expect(
    review.getByTestId("needs-review-row").filter({ hasText: "₹37.02" }).filter({ hasText: "Stock ran short" }),
  ).toHaveCount(1);
});

test("an offline sale keeps its line discount and B2B buyer through the queue (issue 18)", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signIn(page, MERCHANT);
  await expect(page).toHaveURL(/\/merchant$/);
  const name = `Offline soap ${unique()}`;
  const made = await page.request.post("/api/v1/products", {
    data: { name, category: "Grocery", pricePaise: 11_800, stock: 10, gstRate: 18, hsn: "3401" },
    headers: { origin: baseURL! },
  });
  expect(made.status()).toBe(201);
  const productId = ((await made.json()) as { id: string }).id;
  await openPosOnline(page, { signedIn: true });

  await context.setOffline(true);
  await page.getByPlaceholder("Find product: name, SKU or barcode").fill(name);
  await page.getByRole("button", { name: `Add ${name}` }).click();
  await page.getByRole("button", { name: `One more ${name}` }).click();
  await page.getByTestId("pos-line-discount-toggle").click();
  await page.getByTestId("pos-line-discount-input").fill("10");
  await page.getByTestId("pos-charge").click();
  const sheet = page.getByTestId("pos-charge-sheet");
  await sheet.getByTestId("pos-buyer-open").click();
  await sheet.getByTestId("pos-buyer-gstin").fill("27AAKPS1234L1ZE");
  await sheet.getByTestId("pos-buyer-name").fill("Patil Traders");
  await sheet.getByRole("button", { name: "Cash received" }).click();
  await expect(page.getByTestId("pos-provisional")).toBeVisible();
  await expect(page.getByTestId("provisional-total")).toHaveText("Total ₹212.40");
  const [queued] = (await readOutbox(page)).filter((i) => JSON.stringify(i.payload).includes(productId));
  const payload = queued!.payload as { clientId: string; items: unknown[]; buyer: unknown };
  expect(payload.items).toEqual([{ productId, quantity: 2, discount: { percent: 10 } }]);
  expect(payload.buyer).toEqual({ name: "Patil Traders", gstin: "27AAKPS1234L1ZE" });

  await context.setOffline(false);
  await expect(page.getByTestId("sync-pending")).toHaveCount(0, { timeout: 20_000 });
  // The same clientId again answers with the sale as stored: the discount and the buyer arrived.
  const again = await page.request.post("/api/v1/sales", {
    headers: { origin: baseURL! },
    data: { clientId: payload.clientId, payment: "cash", items: [{ productId, quantity: 2 }] },
  });
  expect(again.status()).toBe(200);
  const sale = (await again.json()) as {
    items: { discountPaise: number }[];
    bill: { totalPaise: number; igstPaise: number; buyer: { gstin: string } };
  };
  expect(sale.items[0]!.discountPaise).toBe(2_360);
  expect(sale.bill.buyer.gstin).toBe("27AAKPS1234L1ZE");
  expect(sale.bill.igstPaise).toBeGreaterThan(0);
});
