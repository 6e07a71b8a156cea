import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

// The dairy shop, so the language it saves never changes what parallel specs see at the kirana.
const MERCHANT = "dairy@graminstore.in";
const DEVANAGARI = /[\u0900-\u097F]/;

/** Every heading on the page (visible or for screen readers) must read in Hindi. */
async function expectHindiHeadings(page: Page, allowed: string[] = []) {
  const headings = await page.locator("main h1, main h2, main h3, [role=dialog] h2").allInnerTexts();
  const texts = headings.map((h) => h.trim()).filter((h) => h && !allowed.includes(h));
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text, `heading "${text}" is not in Hindi`).toMatch(DEVANAGARI);
}

test("a shopkeeper switches to Hindi, rings up a sale in Hindi, and switches back", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "हिन्दी" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("heading", { name: "ग्रामीणस्टोर में साइन इन करें" })).toBeVisible();

  await page.getByLabel("ईमेल या मोबाइल नंबर").fill(MERCHANT);
  await page.getByLabel("पासवर्ड").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "साइन इन", exact: true }).click();
  await expect(page).toHaveURL(/\/merchant$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("नमस्ते");

  await page.goto("/merchant/pos");
  await expect(page.getByTestId("pos-screen")).toHaveAttribute("data-ready", "true");
  await expectHindiHeadings(page);

  // A ₹50 cash sale, typed on the hardware keyboard.
  await page.keyboard.type("50");
  await expect(page.getByTestId("pos-amount")).toHaveText("₹50");
  await page.getByTestId("pos-screen").getByRole("button", { name: "नकद", exact: true }).click();
  await page.getByTestId("pos-charge").click();
  await expect(page.getByTestId("pos-charge-sheet")).toBeVisible();
  await expectHindiHeadings(page);
  await page.getByTestId("pos-confirm").click();
  await expect(page.getByTestId("receipt")).toBeVisible();
  await expect(page.getByTestId("receipt-total")).toHaveText("₹50");
  await expect(page.getByTestId("receipt-method")).toHaveText("नकद");
  // The shop's own name is a proper noun, not UI text.
  await expectHindiHeadings(page, ["Gopal Dairy & Sweets"]);

  // Back to English: remembered for this account and device.
  await page.getByRole("button", { name: "English" }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/merchant");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Namaste");
});

test("the first visit follows the browser's language", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "hi-IN",
    extraHTTPHeaders: { "Accept-Language": "hi-IN,hi;q=0.9,en;q=0.5" },
  });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("heading", { name: "ग्रामीणस्टोर में साइन इन करें" })).toBeVisible();
  await context.close();
});
