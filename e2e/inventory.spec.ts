import { expect, test } from "@playwright/test";
import { state, unique } from "./helpers";

// The shopkeeper's catalogue: create, find, restock, archive/restore, CSV import. Names are
// unique per run so parallel specs never see each other's products.
test.use({ storageState: state("merchant") });

test("a product is created, found by search, restocked with history, archived and restored", async ({ page }) => {
  const id = unique();
  const name = `E2E Besan ${id}`;
  await page.goto("/merchant/inventory");
  await page.getByRole("button", { name: "New product" }).click();
  const dialog = page.getByRole("dialog", { name: "New product" });
  await dialog.getByLabel("Product name").fill(name);
  await dialog.getByLabel("Category", { exact: true }).selectOption("grocery");
  await dialog.getByLabel("Selling price (₹)").fill("72.50");
  await dialog.getByLabel("Opening stock").fill("4");
  await dialog.getByLabel("SKU", { exact: true }).fill(`E2E-${id}`);
  await dialog.getByRole("button", { name: "Create product" }).click();

  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByTestId("product-stock")).toHaveText("4");
  await expect(page.getByTestId("stock-badge")).toHaveText("Low stock"); // 4 is under the default level of 5

  // Found by name from the list's search.
  await page.goto("/merchant/inventory");
  await page.getByRole("searchbox", { name: "Search" }).fill(name);
  await page.getByRole("button", { name: "Show", exact: true }).click();
  const row = page.getByTestId("product-row").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(page.getByTestId("product-row")).toHaveCount(1);
  // A typed SKU goes straight to the product.
  await page.goto(`/merchant/inventory?q=E2E-${id}`);
  await expect(page.getByRole("heading", { name })).toBeVisible();

  // Received +10: stock and history.
  await page.getByText("Received", { exact: true }).click();
  await page.getByLabel("Quantity added").fill("10");
  await page.getByRole("button", { name: "Update stock" }).click();
  await expect(page.getByTestId("product-stock")).toHaveText("14");
  const moves = page.getByTestId("movement-row");
  await expect(moves).toHaveCount(2);
  await expect(moves.first()).toContainText("Received");
  await expect(moves.first()).toContainText("+10");
  await expect(moves.last()).toContainText("Opening stock");
  await expect(page.getByTestId("stock-badge")).toHaveCount(0);

  // Archive: off the active list; restore: back on it.
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByTestId("archived-badge")).toBeVisible();
  await page.goto(`/merchant/inventory?q=${encodeURIComponent(name)}`);
  await expect(page.getByText("No product matches these filters")).toBeVisible();
  await page.goto(`/merchant/inventory?q=${encodeURIComponent(name)}&status=archived`);
  await page.getByTestId("product-row").getByRole("link", { name }).click();
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByTestId("archived-badge")).toHaveCount(0);
  await page.goto(`/merchant/inventory?q=${encodeURIComponent(name)}`);
  await expect(page.getByTestId("product-row").filter({ hasText: name })).toHaveCount(1);
});

test("a price is edited inline in the list", async ({ page }) => {
  const id = unique();
  const name = `E2E Jaggery ${id}`;
  await page.goto("/merchant/inventory");
  await page.getByRole("button", { name: "New product" }).click();
  const dialog = page.getByRole("dialog", { name: "New product" });
  await dialog.getByLabel("Product name").fill(name);
  await dialog.getByLabel("Category", { exact: true }).selectOption("grocery");
  await dialog.getByLabel("Selling price (₹)").fill("60");
  await dialog.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();

  await page.goto(`/merchant/inventory?q=${encodeURIComponent(name)}`);
  const row = page.getByTestId("product-row");
  await row.getByRole("button", { name: `Edit ${name}` }).click();
  await row.getByLabel("Selling price (₹)").fill("abc");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByText("Enter an amount in rupees, like 45 or 45.50")).toBeVisible();
  await row.getByLabel("Selling price (₹)").fill("65.25");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("product-row")).toContainText("₹65.25");
});

test("CSV import: one bad line writes nothing and says why; fixed, both lines import", async ({ page, context }) => {
  const id = unique();
  const [a, b] = [`E2E Rice ${id}`, `E2E Dal ${id}`];
  const header = "sku,name,category,price,stock";
  await page.goto("/merchant/inventory/import");
  await page
    .getByLabel("CSV text")
    .fill(`${header}\nCSV-${id}-1,${a},grocery,55.00,12\nCSV-${id}-2,${b},grocery,abc,5\n`);
  await page.getByRole("button", { name: "Preview" }).click();
  const rows = page.getByTestId("import-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute("data-action", "create");
  await expect(rows.nth(1)).toHaveAttribute("data-action", "error");
  await expect(rows.nth(1)).toContainText('price: "abc" is not an amount in rupees');
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeDisabled();

  // Nothing was written, not even the good line.
  const check = await context.newPage();
  await check.goto(`/merchant/inventory?q=${encodeURIComponent(a)}`);
  await expect(check.getByText("No product matches these filters")).toBeVisible();

  await page
    .getByLabel("CSV text")
    .fill(`${header}\nCSV-${id}-1,${a},grocery,55.00,12\nCSV-${id}-2,${b},grocery,98.50,5\n`);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-row").and(page.locator('[data-action="create"]'))).toHaveCount(2);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("Imported: 2 new");

  await check.goto(`/merchant/inventory?q=${encodeURIComponent(id)}`);
  await expect(check.getByTestId("product-row")).toHaveCount(2);
  await expect(check.getByTestId("product-row").filter({ hasText: b })).toContainText("₹98.50");
});

test("reorder list shows out-of-stock items and exports CSV; another shop's product is a 404", async ({ page }) => {
  await page.goto("/merchant/inventory/reorder");
  await expect(page.getByTestId("reorder-row").filter({ hasText: "Frooti 600ml" })).toContainText("Out of stock");
  const csv = await page.request.get("/merchant/inventory/reorder/export");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("suggested_qty");

  await page.goto("/merchant/inventory?stock=out");
  await expect(page.getByTestId("product-row").filter({ hasText: "Frooti 600ml" })).toHaveCount(1);

  // The streamed page may already have sent 200 (loading.tsx): the 404 page is what matters.
  await page.goto("/merchant/inventory/p_dairy_000");
  await expect(page.getByText("Page not found")).toBeVisible();
});

test("CSV import: the preview shows old -> new, the valid lines import alone and the rejected ones download with reasons", async ({
  page,
}) => {
  const id = unique();
  const header = "sku,name,category,price,stock";
  await page.goto("/merchant/inventory/import");
  await page.getByLabel("CSV text").fill(`${header}\nPART-${id}-1,E2E Oil ${id},grocery,120.00,4\n`);
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("Imported: 1 new");

  await page
    .getByLabel("CSV text")
    .fill(`${header}\nPART-${id}-1,,,125.50,\nPART-${id}-2,E2E Ghee ${id},grocery,abc,2\n`);
  await page.getByRole("button", { name: "Preview" }).click();
  const change = page.getByTestId("import-change").and(page.locator('[data-field="pricePaise"]'));
  await expect(change).toContainText("price: ₹120 → ₹125.50");
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeDisabled();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download the 1 rejected line (CSV)" }).click();
  const file = await (await download).path();
  const csv = await import("node:fs").then((fs) => fs.readFileSync(file, "utf8"));
  expect(csv).toContain(`sku,name,category,price,stock,reason`);
  expect(csv).toContain(
    `PART-${id}-2,E2E Ghee ${id},grocery,abc,2,"price: ""abc"" is not an amount in rupees (like 45.50)"`,
  );

  await page.getByRole("button", { name: "Import the 1 valid line" }).click();
  await expect(page.getByTestId("import-result")).toContainText("Imported: 0 new, 1 updated");
  await expect(page.getByTestId("import-result")).toContainText("1 line with errors was left out.");
});
