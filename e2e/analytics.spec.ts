import { expect, test } from "@playwright/test";
import { state } from "./helpers";

test.use({ storageState: state("merchant") });

const CARDS = {
  today: "Today",
  growth: "Growth",
  trend: "Net revenue by day (after returns)",
  methods: "Sales by payment method",
  categories: "Sales by category",
  guests: "Walk-in vs regular customers",
  stock: "Low and out of stock",
  dues: "Money owed to you",
  customers: "Top customers",
  products: "Top products",
} as const;

test("the seeded shop's analytics page shows every card with figures, and 30 days draws the trend", async ({
  page,
}) => {
  await page.goto("/merchant/analytics");
  await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
  for (const [id, heading] of Object.entries(CARDS)) {
    const card = page.getByTestId(`card-${id}`);
    await expect(card.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    // A rupee figure, or for stock a count.
    await expect(card).toContainText(id === "stock" ? /\d/ : /₹\s?\d/);
  }

  await page.getByRole("group", { name: "Period" }).getByRole("button", { name: "30 days" }).click();
  await expect(page).toHaveURL(/period=30d/);
  await expect(page.getByRole("group", { name: "Period" }).getByRole("button", { name: "30 days" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const trend = page.getByTestId("card-trend");
  await expect(trend.getByTestId("trend-svg")).toBeVisible();
  await expect(trend.getByTestId("trend-svg").locator(".recharts-area-area")).toHaveCount(1);

  // The card's CSV link keeps the period and downloads text/csv.
  const href = await trend.getByRole("link", { name: /CSV/ }).getAttribute("href");
  expect(href).toContain("period=30d");
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="analytics-trend-/);
  expect((await res.text()).trim().split(/\r\n/)).toHaveLength(31);
});

test("a custom range from the picker, and a bad range falls back with a notice", async ({ page }) => {
  await page.goto("/merchant/analytics");
  await page.getByRole("button", { name: "Custom" }).click();
  const today = new Date();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const from = iso(new Date(today.getTime() - 14 * 86_400_000));
  await page.getByLabel("From", { exact: true }).fill(from);
  await page.getByLabel("To", { exact: true }).fill(iso(new Date(today.getTime() - 1 * 86_400_000)));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${from}`));
  await expect(page.getByTestId("card-trend").getByTestId("trend-svg")).toBeVisible();

  await page.goto("/merchant/analytics?from=2026-03-10&to=2026-03-01");
  await expect(page.getByRole("alert").filter({ hasText: "could not be used" })).toBeVisible();
  await expect(page.getByTestId("card-growth")).toContainText("₹");
});

test.describe("the CSV export re-checks who is asking", () => {
  test.use({ storageState: state("customer") });
  test("a customer cannot download a shop's analytics", async ({ page }) => {
    const res = await page.request.get("/merchant/analytics/export?card=trend&period=7d", { maxRedirects: 0 });
    expect([403, 307, 308]).toContain(res.status());
    expect(res.headers()["content-type"] ?? "").not.toContain("text/csv");
  });
});
