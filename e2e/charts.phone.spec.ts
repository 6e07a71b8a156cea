import { expect, test } from "@playwright/test";
import { state } from "./helpers";

// recharts loads only when a chart nears the screen (or the page is idle), then draws it in the
// placeholder's box; on a 390 px phone its axes and tooltip read in the user's language.

test.describe("the customer's spending chart", () => {
  test.use({ storageState: state("customer") });
  test("draws paid and credit bars, and tapping a bar picks that week", async ({ page }) => {
    await page.goto("/customer/expenses");
    const figure = page.getByTestId("expense-chart");
    await expect(figure.getByRole("table")).toHaveCount(1); // the figures, for screen readers
    const chart = page.getByTestId("expense-chart-svg");
    await expect(chart).toBeVisible();
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
    const box = (await chart.boundingBox())!;
    expect(Math.round(box.height)).toBe(256);
    // The middle of the plot: a week in the middle of the twelve, not the current one.
    await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.8);
    await expect(page).toHaveURL(/period=week&at=\d{4}-\d{2}-\d{2}/);
  });
});

test.describe("the analytics trend in Hindi", () => {
  test.use({ storageState: state("merchant") });
  test("axes and tooltip are in Hindi", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "gs_locale", value: "hi", url: baseURL! }]);
    await page.goto("/merchant/analytics?period=30d");
    const trend = page.getByTestId("card-trend");
    await trend.scrollIntoViewIfNeeded();
    const chart = trend.getByTestId("trend-svg");
    await expect(chart).toBeVisible();
    await expect(chart.locator("svg")).toContainText(/₹[\d.]+\s[\u0900-\u097F]/); // the y axis: "₹10 हज़ार"
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width * 0.62, box.y + box.height / 2);
    await expect(chart.locator(".recharts-tooltip-wrapper")).toContainText("बिक्री");
  });
});
