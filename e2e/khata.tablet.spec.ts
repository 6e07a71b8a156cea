import fs from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import { formatPaise, paiseToDecimalString, parseRupeesToPaise } from "../lib/money";
import { addDays, zonedDate } from "../lib/time";
import { state, unique, uniquePhone } from "./helpers";

// Credit tabs (khata) and the sales history on the counter tablet, as the seeded kirana
// merchant. Credit sales come from the seed (the POS spec makes its own); each test picks
// data no other spec touches: the highest due other than Priya's, a fresh customer, cash
// sales from three weeks ago (no longer voidable) and a fresh tab's sale of today.
test.use({ storageState: state("merchant") });

const RUPEES = /₹[\d,]+(?:\.\d{1,2})?/g;
function paiseOf(text: string): number {
  const p = parseRupeesToPaise(text.replace(/[^\d.,]/g, ""));
  if (p === null) throw new Error(`not a rupee amount: ${text}`);
  return p;
}
const amountsIn = async (l: Locator) => ((await l.innerText()).match(RUPEES) ?? []).map(paiseOf);

test("search a tab, record a part payment: the due drops by exactly that and the oldest bill settles first", async ({
  page,
  context,
}) => {
  await page.goto("/merchant/customers");
  await expect(page.getByRole("heading", { name: "Customers & khata" })).toBeVisible();
  const rows = page.getByTestId("customer-row");
  // Sorted by due by default: the first row owes the most.
  const top = rows.filter({ hasNotText: "Priya Patel" }).first();
  const name = (await top.getByRole("link").innerText()).trim();
  const listDue = paiseOf(await top.getByTestId("customer-due").innerText());
  expect(listDue).toBeGreaterThan(0);
  expect(paiseOf(await page.getByTestId("total-owed").innerText())).toBeGreaterThanOrEqual(listDue);

  await page.getByLabel("Search customers").fill(name);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(rows.first().getByRole("link")).toHaveText(name);
  await rows.first().getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  const balance = page.getByTestId("balance-due");
  await expect(balance).toHaveText(formatPaise(listDue));

  // A second tablet on the same tab: it must follow without a reload.
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId("balance-due")).toHaveText(formatPaise(listDue));

  // FIFO: the oldest bill still open (rows are newest first) is the one a payment reaches.
  const open = page
    .locator('[data-testid="statement-row"][data-type="CREDIT_SALE"]')
    .filter({ has: page.locator('[data-testid="bill-due"], [data-testid="bill-partly_paid"]') });
  const target = open.last();
  const entryId = await target.getAttribute("data-entry-id");
  let pay: number;
  let settles: "paid" | "partly_paid";
  if (await target.getByTestId("bill-partly_paid").count()) {
    const [paid, amount] = await amountsIn(target.getByTestId("paid-so-far"));
    pay = amount! - paid!;
    settles = "paid";
  } else {
    const amount = paiseOf(await target.getByTestId("entry-amount").innerText());
    pay = Math.max(100, Math.floor(amount / 200) * 100);
    expect(pay).toBeLessThan(amount);
    settles = "partly_paid";
  }

  // "Full due" fills the whole due; then the shopkeeper types the part actually received.
  await page.getByRole("button", { name: /^Full due/ }).click();
  await expect(page.getByLabel("Amount received (₹)")).toHaveValue(paiseToDecimalString(listDue));
  await page.getByLabel("Amount received (₹)").fill(paiseToDecimalString(pay));
  await page.getByRole("group", { name: "Paid by" }).getByText("UPI", { exact: true }).click();
  await expect(page.getByRole("radio", { name: "UPI" })).toBeChecked();
  await page.getByRole("button", { name: "Record payment" }).click();

  await expect(page.getByText(`Received ${formatPaise(pay)}. Due now ${formatPaise(listDue - pay)}.`)).toBeVisible();
  await expect(balance).toHaveText(formatPaise(listDue - pay));
  await expect(page.locator(`[data-entry-id="${entryId}"]`).getByTestId(`bill-${settles}`)).toBeVisible();
  const newest = page.getByTestId("statement-row").first();
  await expect(newest).toContainText("Payment received (UPI)");
  await expect(newest.getByTestId("entry-amount")).toHaveText(`− ${formatPaise(pay)}`);

  await expect(other.getByTestId("balance-due")).toHaveText(formatPaise(listDue - pay), { timeout: 15_000 });
  await other.close();

  // More than the due is refused with the due in the message; nothing is recorded.
  await page.getByLabel("Amount received (₹)").fill(paiseToDecimalString(listDue - pay + 100));
  await page.getByRole("button", { name: "Record payment" }).click();
  await expect(page.getByText(`That is more than the due of ${formatPaise(listDue - pay)}.`)).toBeVisible();
  await expect(balance).toHaveText(formatPaise(listDue - pay));
});

test("add a customer, set and remove a credit limit; another shop's customer is a 404", async ({ page }) => {
  const name = `Khata Test ${unique()}`;
  const phone = uniquePhone();
  await page.goto("/merchant/customers");
  await page.getByRole("button", { name: "Add customer" }).click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Mobile number", { exact: true }).fill(phone);
  await page.getByRole("button", { name: "Add to khata" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/merchant\/customers\/[A-Za-z0-9_-]+$/);
  const tab = page.url();
  await expect(page.getByTestId("balance-due")).toHaveText("₹0");
  await expect(page.getByText("No credit sales or payments yet")).toBeVisible();

  const summary = page.getByTestId("limit-summary");
  await expect(summary).toHaveText("No credit limit set");
  await page.getByLabel("New limit (₹)").fill("1,500");
  await page.getByRole("button", { name: "Save limit" }).click();
  await expect(page.getByText("Credit limit saved.")).toBeVisible();
  await expect(summary).toHaveText("Due ₹0 of ₹1,500 · ₹1,500 left");

  // Found by mobile number in the list, with its limit.
  await page.goto(`/merchant/customers?q=${phone}`);
  const row = page.getByTestId("customer-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(name);
  await expect(row).toContainText("₹1,500");
  await expect(row).toContainText("Tab only");

  // The same number again points at the existing tab instead of making a second one.
  await page.getByRole("button", { name: "Add customer" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Someone Else");
  await page.getByLabel("Mobile number", { exact: true }).fill(phone);
  await page.getByRole("button", { name: "Add to khata" }).click();
  await expect(page.getByText(`${name} already has a tab with this number.`)).toBeVisible();
  await page.getByRole("link", { name: "Open their tab" }).click();
  await expect(page).toHaveURL(tab);

  await page.getByRole("button", { name: "Remove limit" }).click();
  await expect(page.getByText("Credit limit removed.")).toBeVisible();
  await expect(summary).toHaveText("No credit limit set");

  await page.goto("/merchant/customers/c_dairy_tab_0");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("sales history: filter by method, void a sale with a reason, export the filter as CSV", async ({
  page,
  baseURL,
}) => {
  // Three weeks ago: cash only; a sale of another day offers Return, not Void (issue 18).
  const old = zonedDate(new Date(Date.now() - 20 * 86_400_000), "Asia/Kolkata");
  await page.goto(`/merchant/sales?from=${addDays(old, -6)}&to=${old}`);
  await expect(page.getByRole("heading", { name: "Sales history" })).toBeVisible();
  await page.getByLabel("Paid by").selectOption("CASH");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/method=CASH/);
  const rows = page.getByTestId("sale-row");
  await expect(rows.first()).toBeVisible();
  for (const method of await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-method"))))
    expect(method).toBe("CASH");
  const past = page.locator('[data-testid="sale-row"]:not([data-voided])').first();
  const pastId = (await past.getAttribute("data-sale-id"))!;
  await expect(past.getByRole("button", { name: "Void", exact: true })).toHaveCount(0);
  await expect(past.getByTestId("sale-return-link")).toHaveAttribute(
    "href",
    `/merchant/sales/${pastId}/receipt#return`,
  );

  // Today's cash sale to a fresh tab: the only row of its filter, so the totals move only by our void.
  const made = await page.request.post("/api/v1/sales", {
    headers: { origin: baseURL! },
    data: {
      clientId: crypto.randomUUID(),
      payment: "cash",
      amountPaise: 12_345,
      customerPhone: uniquePhone(),
      customerName: `Void check ${unique()}`,
    },
  });
  expect(made.status()).toBe(201);
  const customerId = ((await made.json()) as { customer: { id: string } }).customer.id;
  const today = zonedDate(new Date(), "Asia/Kolkata");
  const from = today,
    to = today;
  await page.goto(`/merchant/sales?from=${from}&to=${to}&method=CASH&customerId=${customerId}`);
  const count = Number((await page.getByTestId("sales-count").innerText()).match(/\d+/)![0]);
  const net = paiseOf(await page.getByTestId("sales-net").innerText());
  expect(paiseOf(await page.getByTestId("by-method-CASH").innerText())).toBe(net);

  const live = page.locator('[data-testid="sale-row"]:not([data-voided])').first();
  const saleId = (await live.getAttribute("data-sale-id"))!;
  const amount = paiseOf(await live.getByTestId("sale-amount").innerText());
  await expect(live.getByRole("link", { name: "Receipt" })).toHaveAttribute(
    "href",
    `/merchant/sales/${saleId}/receipt`,
  );

  await live.getByRole("button", { name: "Void", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Void this sale?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Void sale" }).click();
  await expect(dialog.getByText("Enter a reason for the void.")).toBeVisible();
  await dialog.getByLabel("Reason").fill("Customer returned the items");
  await dialog.getByRole("button", { name: "Void sale" }).click();
  await expect(dialog).toBeHidden();

  const voided = page.locator(`[data-sale-id="${saleId}"]`);
  await expect(voided.getByTestId("voided-badge")).toHaveText("Voided");
  await expect(voided.getByRole("button", { name: "Void", exact: true })).toHaveCount(0);
  await expect(page.getByTestId("sales-net")).toHaveText(formatPaise(net - amount));
  await expect(page.getByTestId("by-method-CASH")).toContainText(formatPaise(net - amount));
  await expect(page.getByTestId("sales-count")).toContainText(String(count)); // the sale stays, marked

  // The CSV is the same filter: header row, every row cash, the void marked.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`sales-${from}-to-${to}.csv`);
  const text = fs.readFileSync((await file.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Date,Time,Receipt,Type,Method,Customer,Items,Amount (INR),Voided,Bill no.");
  expect(lines).toHaveLength(count + 1);
  for (const line of lines.slice(1)) expect(line.split(",")[4]).toBe("Cash");
  expect(lines.find((l) => l.includes(saleId))).toMatch(/,yes,[A-Z0-9]+\/\d\d-\d\d\/\d{6}$/);

  const exportUrl = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  const res = await page.request.get(exportUrl!);
  expect(res.headers()["content-type"]).toContain("text/csv");
  expect(res.headers()["content-disposition"]).toContain("attachment");
});
