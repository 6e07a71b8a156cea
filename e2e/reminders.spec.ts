import { expect, test } from "@playwright/test";
import { state } from "./helpers";

// The shop's Remind screen: dues oldest first, one tap opens WhatsApp with the message (a
// signed statement link and a UPI link inside), "last reminded" follows, "do not remind" holds.
test.use({ storageState: state("merchant") });

test("remind a tab on WhatsApp from the Remind list, and turn reminders off for another", async ({ page, context }) => {
  // No network to WhatsApp here: answer wa.me locally and keep the URL that was opened.
  await context.route("https://wa.me/**", (route) => route.fulfill({ status: 200, body: "whatsapp" }));
  await page.goto("/merchant");
  await page.getByRole("link", { name: "Remind" }).first().click();
  await expect(page).toHaveURL(/\/merchant\/reminders$/);
  const rows = page.getByTestId("remind-row");
  await expect(rows.first()).toBeVisible();
  // Oldest first.
  const ages = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-age"))));
  expect(ages).toEqual([...ages].sort((a, b) => b - a));

  const row = rows.filter({ has: page.getByTestId("remind").and(page.locator(":enabled")) }).first();
  const popup = page.waitForEvent("popup");
  await row.getByTestId("remind").click();
  const wa = await popup;
  await wa.waitForURL(/^https:\/\/wa\.me\//);
  const text = decodeURIComponent(new URL(wa.url()).searchParams.get("text") ?? "");
  expect(text).toMatch(/is due on your khata/);
  expect(text).toMatch(/\/s\/[\w-]+\.\d+\.[\w-]{43}/);
  expect(text).toContain("upi://pay?pa=sharmakirana@okhdfcbank");
  await wa.close();
  await expect(row.getByTestId("last-reminded")).toContainText("Last reminded");

  // Do not remind: the Remind button turns off, and stays off after a reload.
  const other = rows.nth(1);
  const id = await other.getAttribute("data-customer-id");
  await other.getByLabel("Do not remind").check();
  const same = page.locator(`[data-testid="remind-row"][data-customer-id="${id}"]`);
  await expect(same.getByTestId("remind")).toBeDisabled();
  await page.reload();
  await expect(same.getByLabel("Do not remind")).toBeChecked();
  await same.getByLabel("Do not remind").uncheck();
  await expect(same.getByTestId("remind")).toBeEnabled();
});
