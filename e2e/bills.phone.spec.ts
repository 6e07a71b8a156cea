import { expect, test, type Browser } from "@playwright/test";
import { signIn, state } from "./helpers";

// The customer's phone (390 x 844): dues at every shop, new credit arriving live, a UPI
// payment claimed, and the shop's confirmation on its tab page settling the oldest bill.
// The shop's side uses the tab tools (components/tab-tools) on /merchant/customers/<id>.
const tabPage = (customerId: string) =>
  process.env.E2E_TAB_TOOLS_PATH?.replace("{id}", customerId) ?? `/merchant/customers/${customerId}`;
const KIRANA = "Sharma Kirana Store";
const BAKERY = "Annapurna Bakery";
const PRIYA_PHONE = "9876500000";

/** A shop's counter (tablet-sized) puts `rupees` on Priya's tab through the POS. */
async function payLaterToPriya(browser: Browser, shop: { storageState: string } | { login: string }, rupees: string) {
  // New contexts inherit this file's storageState (the customer's): a sign-in starts from an empty one.
  const storageState = "storageState" in shop ? shop.storageState : { cookies: [], origins: [] };
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, storageState });
  const pos = await ctx.newPage();
  if ("login" in shop) {
    await signIn(pos, shop.login);
    await expect(pos).toHaveURL(/\/merchant$/);
  }
  await pos.goto("/merchant/pos");
  await expect(pos.getByTestId("pos-screen")).toHaveAttribute("data-ready", "true");
  for (const k of rupees) await pos.getByTestId("pos-keypad").getByRole("button", { name: k, exact: true }).tap();
  await pos
    .getByRole("group", { name: "Payment method" })
    .getByRole("button", { name: "Pay later", exact: true })
    .tap();
  await pos.getByRole("button", { name: "Pick customer" }).tap();
  await pos.getByPlaceholder("Name or phone").fill(PRIYA_PHONE);
  await pos
    .getByTestId("pos-customer-picker")
    .getByRole("button", { name: /Priya Patel/ })
    .tap();
  await pos.getByTestId("pos-charge").tap();
  await pos.getByRole("button", { name: "Add to tab" }).tap();
  await expect(pos.getByTestId("receipt")).toBeVisible();
  await ctx.close();
}

test.use({ storageState: state("customer") });

test("dues at several shops, new credit live, a UPI payment claimed and confirmed by the shop", async ({
  page,
  browser,
}) => {
  await page.goto("/customer/bills");
  await expect(page.getByTestId("bills-total-due")).toBeVisible();
  const card = (shop: string) => page.locator(`[data-testid="shop-due"][data-shop="${shop}"]`);
  const dueOf = async (shop: string) => Number(await card(shop).getAttribute("data-due"));
  const kiranaBefore = await dueOf(KIRANA);

  // Two shops put something on Priya's tab; her open bills page follows without a reload.
  await payLaterToPriya(browser, { storageState: state("merchant") }, "120");
  await expect.poll(() => dueOf(KIRANA), { timeout: 15_000 }).toBeGreaterThanOrEqual(kiranaBefore + 12_000);
  await payLaterToPriya(browser, { login: "bakery@graminstore.in" }, "80");
  await expect.poll(() => dueOf(BAKERY), { timeout: 15_000 }).toBeGreaterThan(0);
  const dues = await page
    .getByTestId("shop-due")
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-due"))));
  expect(dues.filter((d) => d > 0).length).toBeGreaterThanOrEqual(2);
  expect(dues).toEqual([...dues].sort((a, b) => b - a)); // most owed first

  await card(KIRANA).click();
  await expect(page).toHaveURL(/\/customer\/bills\/[\w-]+$/);
  const customerId = page.url().split("/").pop()!;
  const dueAmount = page.getByTestId("shop-due-amount");
  const dueBefore = Number(await dueAmount.getAttribute("data-due"));
  // Payments settle the oldest open bill first (bills are listed newest first).
  const oldestOpen = page
    .locator('[data-testid="bill"][data-status="due"], [data-testid="bill"][data-status="partly_paid"]')
    .last();
  const oldestId = (await oldestOpen.getAttribute("data-bill-id"))!;
  const paidBefore = Number(await oldestOpen.getAttribute("data-paid"));
  const leftBefore = Number(await oldestOpen.getAttribute("data-left"));
  const paymentsBefore = await page.getByTestId("payment").count();

  const paise = Math.min(dueBefore, 5_000);
  const rupees = (paise / 100).toFixed(2);
  await page.getByLabel("Amount (₹)").fill(rupees);
  await expect(page.getByTestId("pay-upi-link")).toHaveAttribute(
    "href",
    new RegExp(`^upi://pay\\?pa=sharmakirana@okhdfcbank&.*am=${rupees.replace(".", "\\.")}&cu=INR`),
  );
  await page.getByTestId("i-have-paid").click();
  await expect(page.getByTestId("claim-waiting")).toBeVisible();
  await expect(page.getByTestId("claim-pending").first()).toBeVisible();
  // Nothing is marked paid on the customer's word.
  await expect(page.locator(`[data-testid="bill"][data-bill-id="${oldestId}"]`)).toHaveAttribute(
    "data-paid",
    String(paidBefore),
  );
  await expect(page.getByTestId("payment")).toHaveCount(paymentsBefore);

  const shop = await browser.newContext({ storageState: state("merchant") });
  const m = await shop.newPage();
  await m.goto(tabPage(customerId));
  const claim = m.getByTestId("tab-claim").first();
  await expect(claim).toBeVisible();
  await claim.getByTestId("confirm-claim").click();
  await expect(m.getByTestId("tab-claims").getByRole("status")).toBeVisible();
  await expect(m.getByTestId("tab-claim")).toHaveCount(0);
  await shop.close();

  // The customer's screen follows live: a payment, and the oldest open bill part or fully paid.
  const oldest = page.locator(`[data-testid="bill"][data-bill-id="${oldestId}"]`);
  await expect(oldest).toHaveAttribute("data-paid", String(paidBefore + Math.min(paise, leftBefore)), {
    timeout: 15_000,
  });
  await expect(oldest).toHaveAttribute("data-status", paise >= leftBefore ? "paid" : "partly_paid");
  await expect(page.getByTestId("payment")).toHaveCount(paymentsBefore + 1);
  await expect(page.getByTestId("claim-confirmed").first()).toBeVisible();
  await expect(page.getByTestId("claim-waiting")).toHaveCount(0);
});

test("a code for a tab at a shop where the customer already has one is refused with a clear message", async ({
  page,
  browser,
}) => {
  const shop = await browser.newContext({ storageState: state("merchant") });
  const m = await shop.newPage();
  await m.goto(tabPage("c_kirana_tab_3"));
  await m.getByTestId("tab-claim-code").getByRole("button").click();
  const code = (await m.getByTestId("claim-code-value").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await shop.close();

  await page.goto("/customer/bills");
  await page.getByText("Have a code from a shop?").click();
  await page.getByLabel("Code from the shop").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Add my tab" }).click();
  await expect(page.getByTestId("claim-code").getByRole("alert")).toContainText(
    "You already have an account at this shop",
  );
});

test("a shared statement opens without signing in and stops working when turned off", async ({ browser }) => {
  const shop = await browser.newContext({ storageState: state("merchant") });
  const m = await shop.newPage();
  await m.goto(tabPage("c_kirana_tab_2"));
  await m.getByTestId("make-link").click();
  const link = m.getByTestId("statement-link").first();
  await expect(link).toBeVisible();
  const url = await link.getByRole("textbox").inputValue();
  expect(url).toMatch(/\/s\/[\w-]+\.\d+\.[\w-]+$/);
  await expect(link.getByRole("link", { name: "Send on WhatsApp" })).toHaveAttribute(
    "href",
    /^https:\/\/wa\.me\/917\d{9}\?text=/,
  );

  const anon = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const a = await anon.newPage();
  await a.goto(url);
  await expect(a.getByTestId("shared-due")).toBeVisible();
  await expect(a.getByRole("heading", { name: KIRANA })).toBeVisible();

  await link.getByRole("button", { name: "Turn off" }).click();
  await expect(m.getByTestId("statement-link")).toHaveCount(0);
  const gone = await a.goto(url);
  expect(gone?.status()).toBe(404);
  await expect(a.getByTestId("link-gone")).toHaveText("This link has expired or was revoked");
  const tampered = await a.goto(url.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
  expect(tampered?.status()).toBe(404);
  await Promise.all([anon.close(), shop.close()]);
});
